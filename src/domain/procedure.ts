import { z } from 'zod';
import { ONLINE_LEVELS } from './online-level.ts';
import { procedureCaseSchema } from './procedure-cases.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  FACTS_SOURCES,
  FILED_BY,
  GOVERNMENT_LEVELS,
  PROCEDURE_CODE_PATTERN,
  RESULT_WAYS,
  SUBMISSION_CHANNELS,
  TIME_UNITS,
} from './procedure-values.ts';

export * from './procedure-values.ts';
export * from './procedure-cases.ts';

export const procedureCodeSchema = z.string().regex(PROCEDURE_CODE_PATTERN);

/**
 * The longest text and list a procedure may carry. Every phone downloads the whole catalogue, so
 * one corrupt or hostile source record (a 50 MB "name") must be refused at import and never
 * served. The limits are the real national data's longest (2026-07 sample of the portal) with
 * about 3× room or more, so the real data passes: see each one.
 */
export const PROCEDURE_LIMITS = {
  /**
   * Names, fields, agencies, applicants, publisher, results, legal basis: longest real 1,192.
   */
  labelChars: 4_000,
  /**
   * Document names and groups, notes on methods, fees and times, steps, receiving addresses
   * (longest real 764), requirements and conditions (4,192): longest real 13,275.
   */
  textChars: 64_000,
  /** Codes kept as the source writes them (fee kind, time unit): longest real 11. */
  codeChars: 100,
  urlChars: 2_000,
  /** Items in any one list: the longest real list has 55 (documents). */
  listItems: 1_000,
} as const;

const count = new Intl.NumberFormat('en-US');
const lengthOf = (input: unknown) =>
  typeof input === 'string' || Array.isArray(input) ? count.format(input.length) : 'too many';

/** A string of at most `max` characters; the message says how long it was (never the text). */
const boundedString = (max: number) =>
  z.string().max(max, {
    error: (issue) =>
      `too long: ${lengthOf(issue.input)} characters (at most ${count.format(max)})`,
  });
const label = () => boundedString(PROCEDURE_LIMITS.labelChars);
const text = () => boundedString(PROCEDURE_LIMITS.textChars);
const sourceCode = () => boundedString(PROCEDURE_LIMITS.codeChars);
const boundedList = <T extends z.ZodType>(item: T) =>
  z.array(item).max(PROCEDURE_LIMITS.listItems, {
    error: (issue) =>
      `too many: ${lengthOf(issue.input)} items (at most ${count.format(PROCEDURE_LIMITS.listItems)})`,
  });

/** Text we have in Vietnamese, and in English where someone wrote one. */
export const localizedTextSchema = z.object({
  vi: label().min(1),
  en: label().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const processingTimeSchema = z.object({
  value: z.number().nonnegative().nullable(),
  unit: z.enum(TIME_UNITS),
  /** The portal's own unit or wording when it is not one we interpret. */
  unitRaw: sourceCode().optional(),
  note: text().optional(),
  /**
   * Issue 11, item 5: where the source gives a number with no unit (OTHER) and nothing else,
   * the unit our curated seed gave the same number, shown as ours, not as the source's.
   */
  curated: z
    .object({ value: z.number().nonnegative(), unit: z.enum(TIME_UNITS).exclude(['other']) })
    .optional(),
});
export type ProcessingTime = z.infer<typeof processingTimeSchema>;

export const feeSchema = z.object({
  /** FEE (lệ phí), CHARGE/SERVICE_FEE (phí), PRICE_LEVEL (giá)… kept as the source says. */
  kind: sourceCode().min(1),
  /**
   * Amount in VND; null when the source gave none we could read, or gave it in another
   * currency (then `currency` says which, and `amount` holds it).
   */
  amountVnd: z.number().nonnegative().nullable(),
  // Issue 11 (fees), optional so older catalogues parse: consular fees are set in US dollars.
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  amount: z.number().nonnegative().optional(),
  note: text().optional(),
});
export type Fee = z.infer<typeof feeSchema>;

export const submissionMethodSchema = z.object({
  channel: z.enum(SUBMISSION_CHANNELS),
  processingTime: processingTimeSchema.optional(),
  fees: boundedList(feeSchema),
  note: text().optional(),
});
export type SubmissionMethod = z.infer<typeof submissionMethodSchema>;

export const documentSchema = z.object({
  name: text().min(1),
  /** Heading of the group on the portal ("Giấy tờ phải nộp", a case name…). */
  group: text().optional(),
  originals: z.number().int().nonnegative().optional(),
  copies: z.number().int().nonnegative().optional(),
  // Issue 11 (facts), optional so older catalogues parse: the source's note or explanation
  // listed among the documents ("Lưu ý", a 0-original 0-copy "Trường hợp…"), not a document.
  isNote: z.boolean().optional(),
});
export type ProcedureDocument = z.infer<typeof documentSchema>;

/** How results come back for dossiers filed one way (the portal's `returningMethods` entry). */
export const resultDeliverySchema = z.object({
  filedBy: z.enum(FILED_BY),
  ways: z.array(z.enum(RESULT_WAYS)).min(1).max(RESULT_WAYS.length),
});
export type ResultDelivery = z.infer<typeof resultDeliverySchema>;

export const procedureSchema = z.object({
  code: procedureCodeSchema,
  name: localizedTextSchema,
  /** One-line plain-language summary (hand-written for the seed; absent for imported rows). */
  summary: localizedTextSchema.optional(),
  fields: boundedList(label().min(1)),
  governmentLevels: z.array(z.enum(GOVERNMENT_LEVELS)),
  agencies: boundedList(label().min(1)),
  /** The ministry or province that published it. */
  publisher: label().optional(),
  /** Set only for a province's own ("SPECIFIC") procedure. */
  province: z.enum(PROVINCE_CODES).optional(),
  onlineLevel: z.enum(ONLINE_LEVELS),
  methods: boundedList(submissionMethodSchema),
  documents: boundedList(documentSchema),
  steps: boundedList(text().min(1)),
  results: boundedList(label().min(1)),
  legalBasis: boundedList(label().min(1)),
  applicants: boundedList(label().min(1)).optional(),
  /** Link to the procedure's page on dichvucong.gov.vn. */
  /** The procedure's own page on the national portal; absent when its portal id is unknown. */
  portalUrl: z.url().max(PROCEDURE_LIMITS.urlChars).optional(),
  // Issue 11 (facts), optional so older catalogues parse: the source's per-case times.
  cases: boundedList(procedureCaseSchema.extend({ name: label().min(1) })).optional(),
  // Issue 11, item 4 (where and how), each optional so older catalogues parse, and absent when
  // the source says nothing: where dossiers are received, as the source words it.
  receivingAddresses: text().min(1).optional(),
  /**
   * The portal's `isNonTerritorial`: a dossier may be filed at any receiving point in the
   * province, whatever the applicant's address. Set only when the source says true.
   */
  isFiledAnywhereInProvince: z.literal(true).optional(),
  /** Requirements and conditions, as the source words them ("Không quy định" included). */
  requirements: text().min(1).optional(),
  /** How the result comes back, per way of filing; absent when the source does not say. */
  resultDelivery: z.array(resultDeliverySchema).min(1).max(FILED_BY.length).optional(),
  /** Issue 11, item 5: the portal's record (imported) or our curated seed. */
  factsSource: z.enum(FACTS_SOURCES).optional(),
  /** The day the portal last updated this record (its `updatedAt`), when it says. */
  sourceUpdatedAt: z.iso.date().optional(),
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
