import type { Procedure, ProcessingTime } from '../../domain/procedure.ts';

/**
 * Issue 11, item 5: after an import, no seed page says less than before. Where the portal gives a
 * method's time as a bare number with unit OTHER (no text, no timed sub-case) and our curated
 * entry, or an earlier import that kept it, gave the same number a real unit (for that channel,
 * or for all its channels alike), the page keeps that unit, marked as ours. A different number is not ours to correct: the source wins.
 */
export function keepCuratedTimes(procedure: Procedure, before: Procedure): void {
  const hasTimedCase = (procedure.cases ?? []).some((c) => c.processingTime !== undefined);
  if (hasTimedCase) return;
  for (const method of procedure.methods) {
    const time = method.processingTime;
    if (!time || time.unit !== 'other' || time.note || time.curated) continue;
    const earlier = before.methods.find((m) => m.channel === method.channel)?.processingTime;
    const curated = curatedReading(earlier, before) ?? onlyReading(before);
    if (curated && (time.value === null || time.value === curated.value)) time.curated = curated;
  }
}

/** A channel the seed did not list (often post): the seed's time when all its methods agree. */
function onlyReading(before: Procedure): ProcessingTime['curated'] {
  const readings = before.methods.map((m) => curatedReading(m.processingTime, before));
  const first = readings[0];
  if (!first || readings.some((r) => r?.value !== first.value || r.unit !== first.unit)) {
    return undefined;
  }
  return first;
}

function curatedReading(
  earlier: ProcessingTime | undefined,
  before: Procedure,
): ProcessingTime['curated'] {
  if (!earlier) return undefined;
  if (earlier.curated) return earlier.curated;
  if (before.factsSource !== 'curated' || earlier.unit === 'other' || earlier.value === null) {
    return undefined;
  }
  return { value: earlier.value, unit: earlier.unit };
}
