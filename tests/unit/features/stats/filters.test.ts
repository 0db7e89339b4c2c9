import { describe, expect, it } from 'vitest';
import { parseStatsFilters } from '../../../../src/features/stats/filters.ts';

describe('dashboard filters from the URL', () => {
  it('keeps real calendar days and drops impossible ones, saying which', () => {
    const parsed = parseStatsFilters(
      new URLSearchParams('from=2025-02-30&to=2024-02-29&province=79&channel=fax'),
    );
    // 2025-02-30 is not a day (Date.parse once rolled it over to 2 March); 2024 is a leap year.
    expect(parsed.filters).toEqual({ to: '2024-02-29', province: '79' });
    expect(parsed.ignored.sort()).toEqual(['channel', 'from']);
  });
});
