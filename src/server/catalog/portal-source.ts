import { z } from 'zod';

/**
 * The national portal's own shapes (README of ../shared/data/national-portal), validated
 * leniently: extra fields are allowed, a missing list or a null is read as "none", and values we
 * interpret ourselves (times, fee amounts) are taken as they come and judged by the mapper.
 */

/** null / undefined → []: the portal writes empty lists both ways. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined);

const named = z.looseObject({ name: optionalText });

/** The code as published, minus stray spaces (one real row is " 1.014325"). */
const sourceCode = z.string().transform((v) => v.trim());

export const portalListRowSchema = z.looseObject({
  id: optionalText,
  code: sourceCode,
  name: z.string().trim().min(1),
  categories: list(z.string()),
  departments: list(z.string()),
  departmentPromulgate: optionalText,
  formalityTargetType: list(z.string()),
  state: optionalText,
  type: z.string().trim().min(1),
});
export type PortalListRow = z.infer<typeof portalListRowSchema>;

const feeSourceSchema = z.looseObject({
  type: optionalText,
  value: z.unknown(),
  description: optionalText,
  /** "Việt Nam Đồng", "USD"… (absent on most rows, which are in đồng). */
  currencyName: optionalText,
});

export const executionMethodSchema = z.looseObject({
  submissionMethod: z.string().trim().min(1),
  processingTime: z.union([z.number(), z.string()]).nullish(),
  processingTimeUnit: optionalText,
  description: optionalText,
  fees: list(feeSourceSchema),
});
export type PortalExecutionMethod = z.infer<typeof executionMethodSchema>;

const profileComponentSchema = z.looseObject({
  name: optionalText,
  originalQty: z.unknown(),
  copyQty: z.unknown(),
});

export const portalDetailSchema = z.looseObject({
  id: optionalText,
  code: sourceCode,
  name: optionalText,
  type: optionalText,
  isInternal: z.boolean().nullish(),
  isMinistry: z.boolean().nullish(),
  isProvince: z.boolean().nullish(),
  isWard: z.boolean().nullish(),
  isOtherAgency: z.boolean().nullish(),
  isFullProcess: z.boolean().nullish(),
  executionMethods: list(executionMethodSchema),
  executionCases: list(
    z.looseObject({ name: optionalText, profileComponents: list(profileComponentSchema) }),
  ),
  profileComponents: list(profileComponentSchema),
  /** Sub-cases, each with its own processing time (`processingDay: {qty, type}`). */
  cases: list(
    z.looseObject({
      name: optionalText,
      processingDay: z.looseObject({ qty: z.unknown(), type: optionalText }).nullish(),
    }),
  ),
  executionSteps: list(z.looseObject({ name: optionalText, description: optionalText })),
  resultsDetails: list(named),
  legalBasisesDetails: list(named),
  categoriesDetails: list(named),
  subjectTypesDetails: list(named),
  departmentsExecuting: list(named),
  unitGroupsExecuting: list(named),
  departmentPromulgateName: optionalText,
  // Where and how (issue 11, item 4); see portal-where.ts for how each is read.
  dossierReceivingAddresses: optionalText,
  requirementsAndConditions: optionalText,
  isNonTerritorial: z.boolean().nullish(),
  returningMethods: list(z.looseObject({ type: optionalText, value: list(z.unknown()) })),
  /** Epoch milliseconds of the portal's last change to this record. */
  updatedAt: z.unknown().optional(),
});
export type PortalDetail = z.infer<typeof portalDetailSchema>;

/** One detail answer as saved from the API: `{code, data, message}`. */
export const portalDetailEnvelopeSchema = z.looseObject({
  code: z.string().optional(),
  message: z.string().nullish(),
  data: z.unknown(),
});
