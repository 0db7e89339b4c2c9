import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyName, tidyProcedureNames } from '../../../src/server/catalog/tidy-names.ts';
import { makeProcedure } from '../../server/support/procedures.ts';
import { hasPortalData, PORTAL_DIR } from '../../support/portal-data.ts';

/** Issue 11, item 6: names stored NFC, whitespace collapsed, stray leading punctuation gone. */
describe('tidyName', () => {
  it.each([
    [
      'decomposed Unicode',
      'Thu\u0309 tu\u0323c đăng ky\u0301 khai sinh',
      'Thủ tục đăng ký khai sinh',
    ],
    ['doubled spaces and a line break', 'Đăng ký  kết\n hôn', 'Đăng ký kết hôn'],
    ['a leading ". "', '. Cấp giấy phép xây dựng', 'Cấp giấy phép xây dựng'],
    ['a leading "- "', '- Đăng ký thường trú', 'Đăng ký thường trú'],
    ['an invisible mark inside a word', 'đăng k\u200Eý tạm trú', 'đăng ký tạm trú'],
    ['what is already tidy', 'Cấp đổi thẻ Căn cước (CCCD)', 'Cấp đổi thẻ Căn cước (CCCD)'],
  ])('tidies %s', (_kind, raw, tidy) => {
    expect(tidyName(raw)).toBe(tidy);
  });

  it('keeps an opening bracket or quote that starts a name', () => {
    expect(tidyName('(Liên thông) Đăng ký khai sinh')).toBe('(Liên thông) Đăng ký khai sinh');
    expect(tidyName('"Một cửa" điện tử')).toBe('"Một cửa" điện tử');
  });

  it('says which fields it tidied, and merges fields that were one name spelled two ways', () => {
    const { procedure, tidiedFields } = tidyProcedureNames(
      makeProcedure('1.001193', {
        name: { vi: ' . Đăng ký  khai sinh', en: 'Birth registration' },
        fields: ['Hộ tịch', 'Ho\u0323\u0302 ti\u0323ch'],
      }),
    );
    expect(procedure.name).toEqual({ vi: 'Đăng ký khai sinh', en: 'Birth registration' });
    expect(procedure.fields).toEqual(['Hộ tịch']);
    expect(tidiedFields).toEqual(['name', 'fields']);
  });
});

describe.runIf(hasPortalData)('tidyName on the real list rows', () => {
  it('leaves every name NFC, with single spaces, no invisible mark, starting with a letter, digit or bracket', () => {
    const lines = readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8').split('\n');
    const names = lines.filter(Boolean).map((line) => (JSON.parse(line) as { name: string }).name);
    const tidied = names.map(tidyName);
    // The source has names that need it (the check is not vacuous)...
    expect(names.filter((n, i) => n !== tidied[i]).length).toBeGreaterThan(100);
    // ...and none is left untidy.
    const untidy = tidied.filter(
      (n) =>
        n !== n.normalize('NFC') ||
        /\s{2}|^\s|\s$|[\u200B-\u200F\uFEFF]/.test(n) ||
        !/^[\p{L}\p{N}("“]/u.test(n),
    );
    expect(untidy).toEqual([]);
  });
});
