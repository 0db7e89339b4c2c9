import { describe, expect, it } from 'vitest';
import { matchLifeEvents } from '../../../../src/domain/life-events/match.ts';

const first = (query: string) => matchLifeEvents(query)[0]?.slug;

describe('matchLifeEvents', () => {
  it.each([
    ['sinh con', 'having-a-baby'],
    ['có em bé', 'having-a-baby'],
    ['co em be', 'having-a-baby'],
    ['người thân mất', 'death-in-the-family'],
    ['nguoi than mat', 'death-in-the-family'],
    ['làm nhà', 'building-a-house'],
    ['mở quán', 'starting-a-business'],
    ['mo quan an', 'starting-a-business'],
    ['kết hôn với người nước ngoài', 'getting-married'],
    ['mất hộ chiếu', 'lost-papers'],
    ['sang tên sổ đỏ', 'land'],
    ['tạm trú', 'moving-house'],
    ['have a baby', 'having-a-baby'],
    ['lost passport', 'lost-papers'],
  ])('"%s" finds %s first', (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it('finds an event while the citizen is still typing its words', () => {
    expect(first('người thân')).toBe('death-in-the-family');
    expect(first('mở qu')).toBe('starting-a-business');
  });

  it('finds nothing for a query that names no event, or an empty one', () => {
    expect(matchLifeEvents('lý lịch tư pháp')).toEqual([]);
    expect(matchLifeEvents('   ')).toEqual([]);
    expect(matchLifeEvents('ma')).toEqual([]);
  });
});
