import { describe, expect, it } from 'vitest';
import type { ProcessingTime } from '../../../../src/domain/procedure.ts';
import { describeTime } from '../../../../src/features/catalog/time-display.ts';
import {
  hasPortalData,
  portalDetailCodes,
  readPortalProcedure,
} from '../../../support/portal-data.ts';

const other = (value: number | null, note?: string): ProcessingTime => ({
  value,
  unit: 'other',
  unitRaw: 'OTHER',
  ...(note ? { note } : {}),
});

describe('describeTime (hand-written cases)', () => {
  it('shows a real unit as it is', () => {
    expect(describeTime({ value: 5, unit: 'working_day' })).toEqual({
      kind: 'unit',
      value: 5,
      unit: 'working_day',
    });
  });

  it('never returns the unit OTHER: a bare number becomes "depends on the case"', () => {
    expect(describeTime(other(5))).toEqual({ kind: 'byCase', value: 5 });
    expect(describeTime(other(null))).toEqual({ kind: 'byCase' });
  });

  it('gives the source words with "depends on the case" when there are no cases', () => {
    expect(describeTime(other(null, 'Không quá 15 ngày'))).toEqual({
      kind: 'byCase',
      text: 'Không quá 15 ngày',
    });
  });

  it('lists the per-case times when they differ', () => {
    const cases = [
      { name: 'Trong nước', processingTime: { value: 3, unit: 'working_day' as const } },
      { name: 'Có yếu tố nước ngoài', processingTime: { value: 15, unit: 'day' as const } },
    ];
    expect(describeTime(other(1), cases)).toEqual({ kind: 'cases', cases });
  });

  it('gives the one time when every case takes the same', () => {
    const time = { value: 1, unit: 'working_day' as const };
    const cases = [
      { name: 'A', processingTime: time },
      { name: 'B', processingTime: time },
    ];
    expect(describeTime(other(1), cases)).toEqual({ kind: 'unit', ...time, fromCases: true });
  });

  it('keeps the list when some case has no time, and ignores cases without any time', () => {
    const cases = [
      { name: 'A', processingTime: { value: 2, unit: 'day' as const } },
      { name: 'B' },
    ];
    expect(describeTime(other(1), cases)).toEqual({ kind: 'cases', cases });
    expect(describeTime(other(7), [{ name: 'C' }])).toEqual({ kind: 'byCase', value: 7 });
  });

  it('shows the words of a time without a number, and "not stated" without anything', () => {
    expect(describeTime({ value: null, unit: 'day', note: 'Trong ngày' })).toEqual({
      kind: 'words',
      text: 'Trong ngày',
    });
    expect(describeTime({ value: null, unit: 'day' })).toEqual({ kind: 'none' });
    expect(describeTime(undefined)).toEqual({ kind: 'none' });
  });
});

describe.runIf(hasPortalData)('processing times of the real national-portal files', () => {
  const procedures = hasPortalData ? portalDetailCodes().map(readPortalProcedure) : [];
  const otherTimes = procedures.flatMap((p) =>
    p.methods
      .filter((m) => m.processingTime?.unit === 'other')
      .map((m) => ({ p, display: describeTime(m.processingTime, p.cases) })),
  );

  it('reads birth registration (1.001193) as 1 working day on every channel', () => {
    const birth = procedures.find((p) => p.code === '1.001193');
    const shown = birth?.methods.map((m) => describeTime(m.processingTime, birth.cases));
    expect(shown).toHaveLength(3);
    for (const display of shown ?? []) {
      expect(display).toMatchObject({ kind: 'unit', value: 1, unit: 'working_day' });
    }
  });

  it('turns all 283 OTHER times into cases, or "depends on the case" with the source words', () => {
    expect(otherTimes).toHaveLength(283);
    const kinds = new Set(otherTimes.map((o) => o.display.kind));
    expect([...kinds].sort()).toEqual(['byCase', 'cases', 'unit']);
    // Where the source wrote words, they are shown; a bare number only where it has no cases.
    for (const { p, display } of otherTimes) {
      if (display.kind === 'byCase' && display.text === undefined) {
        expect(p.cases?.every((c) => c.processingTime === undefined)).toBe(true);
      }
    }
  });

  it('uses the per-case times for 53 of the 55 OTHER procedures that have cases', () => {
    const withCases = new Set(otherTimes.filter((o) => o.p.cases).map((o) => o.p.code));
    const fromCases = new Set(
      otherTimes.filter((o) => o.display.kind !== 'byCase').map((o) => o.p.code),
    );
    expect(withCases.size).toBe(55);
    expect(fromCases.size).toBe(53);
    expect(otherTimes.find((o) => o.p.code === '1.004859')?.display.kind).toBe('cases');
  });
});

describe('describeTime with the seed’s unit kept for a bare source number (issue 11, item 5)', () => {
  const curated = { value: 3, unit: 'working_day' } as const;

  it('shows the curated unit, marked as ours, when the source has nothing else', () => {
    expect(describeTime({ ...other(3), curated })).toEqual({
      kind: 'unit',
      value: 3,
      unit: 'working_day',
      isCurated: true,
    });
  });

  it('lets the source’s own words and timed cases win over it', () => {
    expect(describeTime({ ...other(3, 'Theo từng vụ việc'), curated }).kind).toBe('byCase');
    const cases = [{ name: 'Trường hợp 1', processingTime: { value: 5, unit: 'day' as const } }];
    expect(describeTime({ ...other(3), curated }, cases)).toMatchObject({
      kind: 'unit',
      value: 5,
      unit: 'day',
      fromCases: true,
    });
  });
});
