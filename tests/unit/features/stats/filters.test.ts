import { describe, expect, it } from 'vitest';
import { parseStatsFilters } from '../../../../src/features/stats/filters.ts';

describe('dashboard filters from the URL', () => {
  it('drops what is not a filter value, saying which, and leaves the calendar to the server', () => {
    const parsed = parseStatsFilters(
      new URLSearchParams('from=yesterday&to=2025-02-30&province=79&channel=fax'),
    );
    // 2025-02-30 has a day's shape: the server answers 400 "not a day on the calendar", which
    // the page shows next to the field, with the user's input kept.
    expect(parsed.filters).toEqual({ to: '2025-02-30', province: '79' });
    expect(parsed.ignored.sort()).toEqual(['channel', 'from']);
  });
});
