import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../../src/domain/dossier-code.ts';
import { DOSSIER_CODE_PATTERN } from '../../../src/domain/rating.ts';

describe('dossierKey', () => {
  it('gives every variant of issue 10 the key of the printed code', () => {
    const printed = '000.00.15.H29-240101-0001';
    const variants = [
      printed,
      '000.00.15.h29-240101-0001', // lower case
      '000-00-15-H29-240101-0001', // - for .
      '000/00/15/H29/240101/0001', // / for .
      '000_00_15_H29_240101_0001',
      '0.0.15.H29-240101-1', // leading zeros dropped
      '0000.000.015.H29-0240101-00001', // leading zeros added
      '000.00.15.H29-240101-0001.', // a trailing dot
      '000.00.15.H29--240101-0001', // a doubled separator
    ];
    for (const variant of variants) {
      expect(DOSSIER_CODE_PATTERN.test(variant), variant).toBe(true);
      expect(dossierKey(variant), variant).toBe('0.0.15.H29.240101.1');
    }
  });

  it('keeps distinct real codes distinct', () => {
    const codes = [
      'H29.22-240115-0001',
      'H29.22-240115-0002',
      'H29.22-240115-0010',
      'H29.22-240115-0100',
      'H29.22-240116-0001',
      'H29.23-240115-0001',
      'H28.22-240115-0001',
      'H29.2-2240115-0001', // same characters, segments break elsewhere
      'H2922-240115-0001',
      'H029.22-240115-0001', // a zero inside a lettered segment is part of it
      '000.00.15.H29-240101-0001',
      '000.00.16.H29-240101-0001',
      '000.01.15.H29-240101-0001',
    ];
    const keys = codes.map(dossierKey);
    expect(new Set(keys).size).toBe(codes.length);
  });

  it('keeps one zero of an all-zero segment and trims what the form trims', () => {
    expect(dossierKey('  0000.A1-000  ')).toBe('0.A1.0');
    expect(dossierKey('HS-2024-0')).toBe('HS.2024.0');
  });
});
