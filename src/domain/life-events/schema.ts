import { z } from 'zod';
import { procedureCodeSchema } from '../procedure.ts';

/**
 * Life events (issue 19): what a citizen does, step by step, when a baby is born, someone dies,
 * they marry, move, build, deal in land, start a business or lose a paper. Curated by hand and
 * reviewed like code; this schema holds the data to what the screens and checks rely on.
 */

/** Our own words, in both languages: both are required (a screen shows one or the other). */
export const bilingualSchema = z.object({
  vi: z.string().trim().min(1).max(600),
  en: z.string().trim().min(1).max(600),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words and hyphens');

/** A deadline the law sets, with the law that sets it (only what we are sure of). */
export const deadlineSchema = z.object({
  text: bilingualSchema,
  /** The law and article, as Vietnamese cites it ("Luật Hộ tịch 2014, Điều 15"). */
  law: z.string().trim().min(1).max(200),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** One procedure a step may use, with when it is the one to use when a step offers several. */
export const stepProcedureSchema = z.object({
  code: procedureCodeSchema,
  /** When this procedure is the right one ("if one of you is a foreigner"); absent: always. */
  when: bilingualSchema.optional(),
});
export type StepProcedure = z.infer<typeof stepProcedureSchema>;

/**
 * A linked service (liên thông): one application that does several procedures. `code` is the
 * catalogue's own code for it where it has one; the text says where else it exists.
 */
export const linkedServiceSchema = z.object({
  text: bilingualSchema,
  code: procedureCodeSchema.optional(),
  law: z.string().trim().min(1).max(200),
});
export type LinkedService = z.infer<typeof linkedServiceSchema>;

export const lifeEventStepSchema = z.object({
  id: slugSchema,
  title: bilingualSchema,
  /** What to do, in short plain sentences. */
  text: bilingualSchema,
  procedures: z.array(stepProcedureSchema).min(1).max(8),
  isOptional: z.boolean(),
  /** For an optional step: who needs it. */
  whoNeedsIt: bilingualSchema.optional(),
  /** Ids of earlier steps that must be done first. */
  dependsOn: z.array(slugSchema).max(8),
  /** Absent: the law sets no deadline that we are sure of, and the screen says so. */
  deadline: deadlineSchema.optional(),
  linkedService: linkedServiceSchema.optional(),
});
export type LifeEventStep = z.infer<typeof lifeEventStepSchema>;

export const lifeEventSchema = z
  .object({
    slug: slugSchema,
    /** Completes "Việc cần làm khi…" / "When you…" on the home screen. */
    title: bilingualSchema,
    /** The page's heading. */
    heading: bilingualSchema,
    intro: bilingualSchema,
    /** What citizens type when this happens (folded when matched); both languages. */
    searchTerms: z.array(z.string().trim().min(2).max(60)).min(2).max(30),
    /** Papers to get ready once, used by several steps. */
    prepareOnce: z.array(bilingualSchema).max(10),
    steps: z.array(lifeEventStepSchema).min(2).max(15),
    /** The day a person last checked these steps against the catalogue and the laws cited. */
    reviewedOn: z.iso.date(),
  })
  .superRefine((event, ctx) => {
    const seen = new Set<string>();
    event.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: 'repeated id' });
      }
      for (const id of step.dependsOn) {
        // A step can depend only on one shown before it: the page reads top to bottom.
        if (!seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'dependsOn'],
            message: `"${id}" is not an earlier step`,
          });
        }
      }
      if (step.isOptional !== (step.whoNeedsIt !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'whoNeedsIt'],
          message: 'an optional step says who needs it, a required one does not',
        });
      }
      seen.add(step.id);
    });
  });
export type LifeEvent = z.infer<typeof lifeEventSchema>;

export const lifeEventsSchema = z.array(lifeEventSchema).superRefine((events, ctx) => {
  const slugs = new Set<string>();
  events.forEach((event, index) => {
    if (slugs.has(event.slug)) {
      ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: 'repeated slug' });
    }
    slugs.add(event.slug);
  });
});
