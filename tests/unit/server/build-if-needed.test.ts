import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBuildStale } from '../../../src/server/build-if-needed.ts';

describe('deciding whether npm start must build the app first', () => {
  let root: string;
  const touch = (file: string, secondsAgo: number) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, 'x');
    const time = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(full, time, time);
  };

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no built app', () => {
    root = mkdtempSync(path.join(tmpdir(), 'dvc-build-'));
    touch('src/main.tsx', 100);
    expect(isBuildStale(root, path.join(root, 'dist'))).toBe(true);
  });

  it('does not build when the built app is newer than every source', () => {
    root = mkdtempSync(path.join(tmpdir(), 'dvc-build-'));
    touch('src/features/catalog/Search.tsx', 100);
    touch('locales/vi/catalog.json', 100);
    touch('index.html', 100);
    touch('dist/index.html', 10);
    expect(isBuildStale(root, path.join(root, 'dist'))).toBe(false);
  });

  it.each(['src/app/App.tsx', 'locales/en/catalog.json', 'public/robots.txt', 'vite.config.ts'])(
    'builds when %s changed after the build',
    (changed) => {
      root = mkdtempSync(path.join(tmpdir(), 'dvc-build-'));
      touch('src/main.tsx', 100);
      touch('dist/index.html', 50);
      touch(changed, 5);
      expect(isBuildStale(root, path.join(root, 'dist'))).toBe(true);
    },
  );
});
