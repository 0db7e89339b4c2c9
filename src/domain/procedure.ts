import { z } from 'zod';
import { ONLINE_LEVELS } from './online-level.ts';
import { procedureCaseSchema } from './procedure-cases.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  GOVERNMENT_LEVELS,
  PROCEDURE_CODE_PATTERN,
  SUBMISSION_CHANNELS,
  TIME_UNITS,
} from './procedure-values.ts';

export * from './procedure-values.ts';
export * from './procedure-cases.ts';

export const procedureCodeSchema = z.string().regex(PROCEDURE_CODE_PATTERN);

/** Text we have in Vietnamese, and in English where someone wrote one. */
export const localizedTextSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const processingTimeSchema = z.object({
  value: z.number().nonnegative().nullable(),
  unit: z.enum(TIME_UNITS),
  /** The portal's own unit or wording when it is not one we interpret. */
  unitRaw: z.string().optional(),
  note: z.string().optional(),
});
export type ProcessingTime = z.infer<typeof processingTimeSchema>;

export const feeSchema = z.object({
  /** FEE (lệ phí), CHARGE/SERVICE_FEE (phí), PRICE_LEVEL (giá)… kept as the source says. */
  kind: z.string().min(1),
  /** Amount in VND; null when the source gave none we could read. */
  amountVnd: z.number().nonnegative().nullable(),
  note: z.string().optional(),
});
export type Fee = z.infer<typeof feeSchema>;

export const submissionMethodSchema = z.object({
  channel: z.enum(SUBMISSION_CHANNELS),
  processingTime: processingTimeSchema.optional(),
  fees: z.array(feeSchema),
  note: z.string().optional(),
});
export type SubmissionMethod = z.infer<typeof submissionMethodSchema>;

export const documentSchema = z.object({
  name: z.string().min(1),
  /** Heading of the group on the portal ("Giấy tờ phải nộp", a case name…). */
  group: z.string().optional(),
  originals: z.number().int().nonnegative().optional(),
  copies: z.number().int().nonnegative().optional(),
  // Issue 11 (facts), optional so older catalogues parse: the source's note or explanation
  // listed among the documents ("Lưu ý", a 0-original 0-copy "Trường hợp…"), not a document.
  isNote: z.boolean().optional(),
});
export type ProcedureDocument = z.infer<typeof documentSchema>;

export const procedureSchema = z.object({
  code: procedureCodeSchema,
  name: localizedTextSchema,
  /** One-line plain-language summary (hand-written for the seed; absent for imported rows). */
  summary: localizedTextSchema.optional(),
  fields: z.array(z.string().min(1)),
  governmentLevels: z.array(z.enum(GOVERNMENT_LEVELS)),
  agencies: z.array(z.string().min(1)),
  /** The ministry or province that published it. */
  publisher: z.string().optional(),
  /** Set only for a province's own ("SPECIFIC") procedure. */
  province: z.enum(PROVINCE_CODES).optional(),
  onlineLevel: z.enum(ONLINE_LEVELS),
  methods: z.array(submissionMethodSchema),
  documents: z.array(documentSchema),
  steps: z.array(z.string().min(1)),
  results: z.array(z.string().min(1)),
  legalBasis: z.array(z.string().min(1)),
  applicants: z.array(z.string().min(1)).optional(),
  /** Link to the procedure's page on dichvucong.gov.vn. */
  portalUrl: z.url(),
  // Issue 11 (facts), optional so older catalogues parse: the source's per-case times.
  cases: z.array(procedureCaseSchema).optional(),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const catalogSchema = z.object({
  /** Increases on every import; the ETag of GET /api/catalog derives from it. */
  version: z.number().int().nonnegative(),
  /** ISO time of the import that made this version. */
  updatedAt: z.iso.datetime(),
  procedures: z.array(procedureSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
