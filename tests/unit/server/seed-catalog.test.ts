import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { portalUrlFor, procedureSchema } from '../../../src/domain/procedure.ts';
import { loadSeedProcedures } from '../../../src/server/catalog/seed.ts';

import { hasPortalData, PORTAL_DIR } from '../../support/portal-data.ts';

/** Portal id of each code in the real list rows. */
function listRowIds(): Map<string, string> {
  const lines = readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8').split('\n');
  const rows = lines.filter(Boolean).map((l) => JSON.parse(l) as { id: string; code: string });
  return new Map(rows.map((row) => [row.code, row.id]));
}

describe('seed catalogue', () => {
  const procedures = loadSeedProcedures();

  it('ships at least 120 procedures with unique codes', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(120);
    const codes = procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has only entries the procedure schema accepts', () => {
    for (const procedure of procedures) {
      expect(procedureSchema.safeParse(procedure).success, procedure.code).toBe(true);
    }
  });

  it('gives every entry an English name and a summary in both languages', () => {
    for (const { code, name, summary } of procedures) {
      expect(name.en?.trim(), code).toBeTruthy();
      expect(summary?.vi.trim(), code).toBeTruthy();
      expect(summary?.en?.trim(), code).toBeTruthy();
    }
  });

  it('keeps Vietnamese text in NFC and national entries without a province', () => {
    for (const procedure of procedures) {
      const texts = [procedure.name.vi, procedure.summary?.vi ?? '', ...procedure.steps];
      for (const text of texts) expect(text, procedure.code).toBe(text.normalize('NFC'));
      expect(procedure.province, procedure.code).toBeUndefined();
    }
  });

  it('links every entry to its own page on the national portal (issue 11), by its portal id', () => {
    const portalIds = hasPortalData ? listRowIds() : undefined;
    for (const { code, portalUrl } of procedures) {
      expect(portalUrl, code).toMatch(
        /^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\/[0-9a-f-]{36}$/,
      );
      // The id is the one the portal's own list row gives this code.
      if (portalIds) expect(portalUrl, code).toBe(portalUrlFor(portalIds.get(code)));
    }
  });

  it('covers all three known online levels', () => {
    const levels = new Set(procedures.map((p) => p.onlineLevel));
    expect(levels).toContain('full');
    expect(levels).toContain('partial');
    expect(levels).toContain('in_person');
  });

  it('lists birth registration under its national code', () => {
    const birth = procedures.find((p) => p.code === '1.001193');
    expect(birth?.name.vi).toBe('Thủ tục đăng ký khai sinh');
  });
});

describe('loadSeedProcedures on a broken folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('names the file, the code and the field of an invalid entry', () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-seed-'));
    const broken = { ...loadSeedProcedures()[0], code: '1.999999', onlineLevel: 'sometimes' };
    writeFileSync(join(dir, 'broken-field.json'), JSON.stringify([broken]));
    expect(() => loadSeedProcedures(dir)).toThrow(/broken-field\.json.*1\.999999.*onlineLevel/);
  });

  it('reports a code that appears in two files', () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-seed-'));
    const entry = loadSeedProcedures()[0];
    writeFileSync(join(dir, 'a.json'), JSON.stringify([entry]));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([entry]));
    expect(() => loadSeedProcedures(dir)).toThrow(/b\.json.*also in a\.json/);
  });
});
