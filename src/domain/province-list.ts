import { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from './procedure-values.ts';
import { PROVINCE_CODES } from './provinces.ts';

/**
 * A province's official list of online public services (Decree 42/2022/NĐ-CP, art. 13: each
 * ministry and province publishes by decision which procedures it offers full-process or partial
 * online). One list per province: importing the province's list again replaces it.
 */
export const PROVINCE_LIST_LEVELS = ['full', 'partial'] as const;
export type ProvinceListLevel = (typeof PROVINCE_LIST_LEVELS)[number];

export const provinceListEntrySchema = z.object({
  /** The catalogue code the row was matched to (by its own code, or by name in the family). */
  code: z.string().regex(PROCEDURE_CODE_PATTERN),
  level: z.enum(PROVINCE_LIST_LEVELS),
});
export type ProvinceListEntry = z.infer<typeof provinceListEntrySchema>;

export const provinceListSchema = z.object({
  province: z.enum(PROVINCE_CODES),
  /** "Số quyết định" as the province writes it: "1234/QĐ-UBND". */
  decision: z.string().trim().min(1).max(200),
  /** The decision's date (ngày ban hành). */
  decisionDate: z.iso.date(),
  /** When this server imported it (ISO time). */
  importedAt: z.iso.datetime(),
  entries: z.array(provinceListEntrySchema).max(20_000),
});
export type ProvinceList = z.infer<typeof provinceListSchema>;

/** GET /api/province-lists: every province's list, versioned with the catalogue. */
export const provinceListsPayloadSchema = z.object({
  catalogVersion: z.number().int().nonnegative(),
  lists: z.array(provinceListSchema).max(PROVINCE_CODES.length),
});
export type ProvinceListsPayload = z.infer<typeof provinceListsPayloadSchema>;
