import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_AHEAD_MS, MAX_RATING_AGE_MS } from '../../../../src/domain/rating.ts';
import { checkItem, echoedId } from '../../../../src/server/ratings/validate-item.ts';

const NOW = Date.parse('2026-06-01T00:00:00.000Z');
const valid = {
  id: '3f0c1d9e-4b7a-4c1e-9a57-2f7d2b8e6c10',
  procedureCode: '1.001193',
  overall: 'satisfied',
  channel: 'online',
  createdAt: '2026-05-31T20:00:00+07:00',
  locale: 'vi',
};

describe('checkItem', () => {
  it('passes a valid rating, with createdAt as a UTC instant', () => {
    const checked = checkItem(valid, NOW);
    expect(checked).toEqual({
      ok: true,
      rating: { ...valid, createdAt: '2026-05-31T13:00:00.000Z' },
    });
  });

  it('drops empty optional texts', () => {
    const checked = checkItem({ ...valid, comment: '   ' }, NOW);
    expect(checked.ok && 'comment' in checked.rating).toBe(false);
  });

  it('names the bad field in the details, never the text that was sent', () => {
    const secret = 'Số điện thoại 0912345678';
    const checked = checkItem({ ...valid, overall: secret, comment: 'x'.repeat(1001) }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.result).toMatchObject({ id: valid.id, status: 'rejected', reason: 'invalid' });
    expect(checked.result.details).toContain('overall');
    expect(checked.result.details).toContain('comment');
    expect(checked.result.details).not.toContain('0912345678');
    expect(checked.result.details).not.toContain('xxx');
  });

  it('names unknown keys, clipped', () => {
    const checked = checkItem({ ...valid, ['k'.repeat(500)]: 1 }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.result.details).toMatch(/unrecognized_keys \(k{40}\)/);
  });

  it('rejects a createdAt more than a day ahead of the server, or over a year old', () => {
    const at = (ms: number) => ({ ...valid, createdAt: new Date(ms).toISOString() });
    const reason = (ms: number) => {
      const checked = checkItem(at(ms), NOW);
      return checked.ok ? 'ok' : checked.result.reason;
    };
    expect(reason(NOW + MAX_CLOCK_AHEAD_MS - 1000)).toBe('ok');
    expect(reason(NOW + MAX_CLOCK_AHEAD_MS + 1000)).toBe('created_in_future');
    expect(reason(NOW - MAX_RATING_AGE_MS + 1000)).toBe('ok');
    expect(reason(NOW - MAX_RATING_AGE_MS - 1000)).toBe('too_old');
  });

  it('rejects a NUL character in the comment', () => {
    const checked = checkItem({ ...valid, comment: 'a\u0000b' }, NOW);
    expect(checked.ok ? undefined : checked.result.details).toBe('comment: invalid_characters');
  });
});

describe('echoedId', () => {
  it('echoes what was sent as a string, clipped, or an empty string', () => {
    expect(echoedId({ id: 'not-a-uuid' })).toBe('not-a-uuid');
    expect(echoedId({ id: 7 })).toBe('7');
    expect(echoedId({ id: 'x'.repeat(1000) })).toHaveLength(200);
    expect(echoedId({ id: { nested: true } })).toBe('');
    expect(echoedId(['id'])).toBe('');
    expect(echoedId(null)).toBe('');
    expect(echoedId(Object.create({ id: 'inherited' }))).toBe('');
  });
});

describe('checkItem, issue 10 schema holes', () => {
  it('refuses a comment with a lone surrogate, saying which field', () => {
    for (const comment of ['Tốt \uD83D', '\uDE00', 'a\uDC00\uD800b']) {
      const checked = checkItem({ ...valid, comment }, NOW);
      expect(checked.ok, JSON.stringify(comment)).toBe(false);
      if (checked.ok) continue;
      expect(checked.result).toMatchObject({ status: 'rejected', reason: 'invalid' });
      expect(checked.result.details).toBe('comment: lone_surrogate');
    }
    expect(checkItem({ ...valid, comment: 'Rất tốt 😀' }, NOW).ok).toBe(true);
  });

  it('refuses the nil and max UUIDs as ids, in any case', () => {
    for (const id of [
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    ]) {
      const checked = checkItem({ ...valid, id }, NOW);
      expect(checked.ok, id).toBe(false);
      if (checked.ok) continue;
      expect(checked.result).toMatchObject({ id, status: 'rejected', reason: 'invalid' });
      // zod's uuid format already refuses the upper-case max; the refinement names the others.
      expect(checked.result.details).toMatch(/^id: .*placeholder_uuid$/);
    }
  });
});
