import { z } from 'zod';
import { procedureCodeSchema, procedureSchema, type Procedure } from './procedure.ts';

/**
 * Issue 14, item 3: what a device needs first — what search and the result cards show, and
 * what groups procedures into families on the device (name, field, province, scope, level,
 * agency and level of government) — apart from the details (documents, steps, fees…), which
 * come on demand and then all in the background for offline. `province` is set only for a
 * province's own (SPECIFIC) procedure: its absence is the national (STANDARD) scope.
 */
export const procedureEntrySchema = procedureSchema.pick({
  code: true,
  name: true,
  summary: true,
  fields: true,
  governmentLevels: true,
  agencies: true,
  publisher: true,
  province: true,
  onlineLevel: true,
  sourceUpdatedAt: true,
  // Where the level comes from (the portal or our curated seed): every card and step says it.
  factsSource: true,
});
export type ProcedureEntry = z.infer<typeof procedureEntrySchema>;

const ENTRY_KEYS = Object.keys(procedureEntrySchema.shape) as (keyof ProcedureEntry)[];

/** The list entry of a full record: the same values, nothing else (absent stays absent). */
export function toProcedureEntry(procedure: Procedure | ProcedureEntry): ProcedureEntry {
  const entry: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) {
    if (procedure[key] !== undefined) entry[key] = procedure[key];
  }
  return entry as ProcedureEntry;
}

const versionSchema = z.number().int().nonnegative();

/**
 * The answer to `?since=<version>`: only what was added or changed after that version
 * (`changed`, whole items) and the codes removed since. A server that cannot tell (the version
 * is older than its change log, or newer than its catalogue) sends the full answer instead,
 * which has no `since`.
 */
export const catalogDeltaEnvelopeSchema = z.object({
  version: versionSchema,
  updatedAt: z.iso.datetime(),
  since: versionSchema,
  changed: z.array(z.unknown()),
  removed: z.array(procedureCodeSchema),
});

/** The full list (GET /api/catalog/list), validated item by item like the full catalogue. */
export const catalogListEnvelopeSchema = z.object({
  version: versionSchema,
  updatedAt: z.iso.datetime(),
  procedures: z.array(z.unknown()),
});

/** The `since` query parameter: a version number, nothing else. */
export const sinceParamSchema = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
