import { z } from 'zod';
import { TIME_UNITS } from './procedure-values.ts';

/**
 * The portal's per-case entries ("cases": sub-cases of one procedure, each with its own
 * processing time). Issue 11: where a method's time has the unit OTHER ("see the cases"), the
 * page shows these instead of a raw unit code. Optional on Procedure, so an old cache or an old
 * server's catalogue still parses.
 */
export const procedureCaseSchema = z.object({
  name: z.string().min(1),
  /** Absent when the source gave no time, or only the unit OTHER, for this case. */
  processingTime: z
    .object({
      value: z.number().nonnegative(),
      unit: z.enum(TIME_UNITS).exclude(['other']),
    })
    .optional(),
});
export type ProcedureCase = z.infer<typeof procedureCaseSchema>;
