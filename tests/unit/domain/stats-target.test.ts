import { describe, expect, it } from 'vitest';
import { targetRelation } from '../../../src/domain/stats-target.ts';

/** Issue 18: "Mục tiêu năm 2025" over a period from Dec 2025 to Dec 2026. */
describe('how a period stands to the target year', () => {
  it.each([
    ['2024-01-01', '2024-12-31', 'before'],
    ['2025-01-01', '2025-12-31', 'within'],
    ['2025-03-01', '2025-03-31', 'within'],
    ['2025-12-02', '2026-12-01', 'overlaps'],
    ['2024-06-01', '2025-01-01', 'overlaps'],
    ['2026-01-01', '2026-12-01', 'after'],
  ] as const)('%s … %s is %s 2025', (from, to, relation) => {
    expect(targetRelation(from, to, 2025)).toBe(relation);
  });
});
