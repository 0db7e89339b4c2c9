/** Routes of the life-event screens (the route table in src/app/routes.tsx uses these). */
export const LIFE_EVENTS_PATH = '/events';
export const LIFE_EVENT_PATH = '/events/:slug';

export function lifeEventPath(slug: string, stepId?: string): string {
  return `/events/${encodeURIComponent(slug)}${stepId ? `#${encodeURIComponent(stepId)}` : ''}`;
}
