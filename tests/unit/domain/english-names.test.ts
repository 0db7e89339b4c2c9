import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_NAMES, englishNameOf } from '../../../src/domain/english-names.ts';
import { PORTAL_DIR, hasPortalData } from './search/eval/real-catalog.ts';

const entries = Object.entries(ENGLISH_NAMES);

describe('English names of the procedures citizens use most (issue 13, scope 4)', () => {
  it('cover at least 400 procedures, by well-formed code', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
    for (const [code] of entries) expect(code).toMatch(/^\d\.\d{6}$/);
  });

  it('are English: no Vietnamese letters left untranslated, no empty or padded name', () => {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    // Proper names of the law keep their Vietnamese spelling (decision numbers: "QĐ-TTg").
    const leftovers = entries.filter(
      ([, name]) =>
        vietnamese.test(name.replace(/\d+\/\d{4}\/[\wĐđ-]+/g, '')) || name.trim() !== name,
    );
    expect(leftovers).toEqual([]);
    for (const [, name] of entries) expect(name.length).toBeGreaterThan(5);
  });

  it('prefer a procedure’s own English name and otherwise give ours or none', () => {
    expect(englishNameOf('1.013133')).toBe('First military service registration');
    expect(englishNameOf('1.013133', 'Own name')).toBe('Own name');
    expect(englishNameOf('9.999999')).toBeUndefined();
    expect(englishNameOf('toString')).toBeUndefined();
  });

  it.runIf(hasPortalData)('name only procedures the real catalogue has', () => {
    const codes = new Set(
      readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { code: string }).code),
    );
    expect(entries.map(([code]) => code).filter((code) => !codes.has(code))).toEqual([]);
  });
});
