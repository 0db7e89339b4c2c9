import { foldVietnamese } from '../../domain/fold.ts';
import { PROVINCES, type ProvinceCode } from '../../domain/provinces.ts';

/** Folded short names ("hue", "ha noi", "ho chi minh"), longest first so the best match wins. */
const SHORT_NAMES = PROVINCES.map((p) => ({
  code: p.code,
  short: foldVietnamese(p.vi).replace(/^(tinh|thanh pho) /, ''),
})).sort((a, b) => b.short.length - a.short.length);

/**
 * The province a publishing body belongs to, from its name: "UBND Thành phố Huế" → 46,
 * "Sở Xây dựng - tỉnh Quảng Ngãi" → 51. Undefined when no province name appears in it.
 */
export function provinceOfPublisher(publisher: string | undefined): ProvinceCode | undefined {
  if (!publisher) return undefined;
  const words = ` ${foldVietnamese(publisher).replace(/[^a-z0-9]+/g, ' ')} `;
  return SHORT_NAMES.find((p) => words.includes(` ${p.short} `))?.code;
}
