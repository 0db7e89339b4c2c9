import { foldVietnamese } from '../../domain/fold.ts';
import type { Fee } from '../../domain/procedure.ts';

/**
 * How a fee is shown (issue 11, item 1). The portal writes 0 both for "free" and for "the
 * amount is set elsewhere": about 1,100 of its fee lines are 0 with a text such as "Mức lệ phí
 * cụ thể do Hội đồng nhân dân tỉnh … quyết định" or "theo biểu phí". A fee is shown as free only
 * when its value is 0 and its text names no amount, rate or rule; otherwise the source's own
 * words are the fee. Amounts in another currency (consular fees in US dollars) keep it.
 */
export type FeeDisplay =
  | { kind: 'free'; note?: string }
  | { kind: 'amount'; value: number; currency: string; note?: string }
  /** The source's words are the fee: they name an amount, a rate or who sets it. */
  | { kind: 'words'; text: string }
  | { kind: 'unknown' };

/**
 * Words (folded, without diacritics) by which a fee text says a charge applies or is set
 * elsewhere: a figure, a currency, a rate, a rule or the body that sets it.
 */
const CHARGE_CUES = [
  // An amount: "100.000", "50,000", "20 đồng", "5 USD", "2%" (not "dưới 6 tuổi").
  /\d{1,3}([.,]\d{3})+|\d+\s*(dong|vnd|usd|%|d\b)/,
  /\bvnd\b|\busd\b|%/,
  /quy dinh|quyet dinh|bieu phi|bieu gia|muc thu|muc phi|muc le phi|theo muc|theo bieu/,
  /hoi dong nhan dan|\bhdnd\b|thong tu|nghi dinh|nghi quyet/,
  /nop phi|nop le phi|thu phi|thu le phi|ty le|tinh tren|moi (trang|ban|lan|ho so)/,
];

export function namesACharge(text: string): boolean {
  const folded = foldVietnamese(text);
  return CHARGE_CUES.some((cue) => cue.test(folded));
}

export function describeFee(fee: Fee): FeeDisplay {
  const note = fee.note?.trim() || undefined;
  const withNote = note ? { note } : {};
  if (fee.currency) {
    if (fee.amount !== undefined && fee.amount > 0) {
      return { kind: 'amount', value: fee.amount, currency: fee.currency, ...withNote };
    }
    return note ? { kind: 'words', text: note } : { kind: 'unknown' };
  }
  if (fee.amountVnd === null) return note ? { kind: 'words', text: note } : { kind: 'unknown' };
  if (fee.amountVnd > 0)
    return { kind: 'amount', value: fee.amountVnd, currency: 'VND', ...withNote };
  // 0: free only when the text (often just the case it applies to) names no charge.
  if (note && namesACharge(note)) return { kind: 'words', text: note };
  return { kind: 'free', ...withNote };
}
