import { foldForSearch } from '../search/query.ts';
import { LIFE_EVENTS } from './events.ts';
import type { LifeEvent } from './schema.ts';

/**
 * Life events a search query names (issue 19, item 4): "sinh con", "có em bé", "người thân
 * mất", "làm nhà", "mở quán" find their event before any procedure. Kept beside the procedure
 * index rather than inside it: an event is not a procedure, and the page shows it above the
 * results as its own kind of answer.
 *
 * A query matches an event when it holds one of the event's search terms as whole words
 * (folded: "co em be" finds "có em bé"), or, while the citizen is still typing, when it is the
 * start of a term (at least MIN_PREFIX letters).
 */
const MIN_PREFIX = 3;

function words(text: string): string {
  return ` ${foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

interface FoldedEvent {
  event: LifeEvent;
  terms: string[];
}

let folded: FoldedEvent[] | undefined;

function foldedEvents(): FoldedEvent[] {
  folded ??= LIFE_EVENTS.map((event) => ({ event, terms: event.searchTerms.map(words) }));
  return folded;
}

/** The events the query names, best first; empty when it names none. */
export function matchLifeEvents(query: string): LifeEvent[] {
  const q = words(query);
  if (q.trim().length === 0) return [];
  const scored: { event: LifeEvent; score: number; order: number }[] = [];
  foldedEvents().forEach(({ event, terms }, order) => {
    let score = 0;
    for (const term of terms) {
      // A longer whole term typed says more ("người thân mất" over "mất").
      if (q.includes(term)) score = Math.max(score, 2 + term.length / 100);
      else if (q.trim().length >= MIN_PREFIX && term.startsWith(q.trimEnd())) {
        score = Math.max(score, 1);
      }
    }
    if (score > 0) scored.push({ event, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.event);
}
