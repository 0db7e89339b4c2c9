import { describe, expect, it } from 'vitest';
import type { Fee } from '../../../../src/domain/procedure.ts';
import { describeFee, namesACharge } from '../../../../src/features/catalog/fee-display.ts';
import {
  hasPortalData,
  portalDetailCodes,
  readPortalProcedure,
} from '../../../support/portal-data.ts';

const fee = (over: Partial<Fee>): Fee => ({ kind: 'FEE', amountVnd: 0, ...over });

/** Issue 11, item 1: "free" only when the source says nothing that names a charge. */
describe('describeFee', () => {
  it('shows 0 with no text, or with only the case it applies to, as free', () => {
    expect(describeFee(fee({}))).toEqual({ kind: 'free' });
    expect(describeFee(fee({ note: 'Đăng ký khai sinh cho trẻ em dưới 6 tuổi' }))).toEqual({
      kind: 'free',
      note: 'Đăng ký khai sinh cho trẻ em dưới 6 tuổi',
    });
  });

  it.each([
    'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định.',
    'Phí thẩm định hồ sơ do Hội đồng nhân dân cấp tỉnh quy định',
    'Theo biểu phí của cơ quan',
    '100.000 đồng/hồ sơ',
    'Theo Thông tư 85/2019/TT-BTC',
  ])('shows a 0 whose text names a charge as the text, never as free: %s', (note) => {
    expect(describeFee(fee({ note }))).toEqual({ kind: 'words', text: note });
  });

  it('keeps an amount in its own currency, and đồng by default', () => {
    expect(describeFee(fee({ amountVnd: null, currency: 'USD', amount: 5 }))).toMatchObject({
      kind: 'amount',
      value: 5,
      currency: 'USD',
    });
    expect(describeFee(fee({ amountVnd: 50_000 }))).toMatchObject({
      kind: 'amount',
      value: 50_000,
      currency: 'VND',
    });
    expect(describeFee(fee({ amountVnd: null }))).toEqual({ kind: 'unknown' });
  });
});

describe.runIf(hasPortalData)('fees of the real detail files', () => {
  const fees = portalDetailCodes().flatMap((code) =>
    readPortalProcedure(code).methods.flatMap((m) => m.fees.map((f) => ({ code, fee: f }))),
  );

  it('never shows as free a fee whose source text names a charge', () => {
    const wronglyFree = fees.filter(
      ({ fee: f }) => describeFee(f).kind === 'free' && f.note && namesACharge(f.note),
    );
    expect(wronglyFree).toEqual([]);
    // 1.115733: "Phí thẩm định … do Hội đồng nhân dân cấp tỉnh quy định" is not free.
    const appraisal = fees.filter((f) => f.code === '1.115733').map((f) => describeFee(f.fee));
    expect(appraisal.length).toBeGreaterThan(0);
    expect(appraisal.some((shown) => shown.kind === 'words')).toBe(true);
  });

  it('keeps the consular fees in US dollars, never as đồng', () => {
    const inDollars = fees.filter(({ fee: f }) => f.currency === 'USD');
    expect(inDollars).toHaveLength(21);
    for (const { fee: f } of inDollars) {
      expect(f.amountVnd).toBeNull();
      expect(describeFee(f)).toMatchObject({ kind: 'amount', currency: 'USD' });
    }
  });
});
