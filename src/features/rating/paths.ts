/** Routes of the rating screens (the route table in src/app/routes.tsx uses these). */
export const RATE_ENTRY_PATH = '/rate';
export const RATE_PROCEDURE_PATH = '/procedures/:code/rate';
export const RATING_SAVED_PATH = '/rate/saved/:id';

export function ratePath(code: string): string {
  return `/procedures/${encodeURIComponent(code)}/rate`;
}

export function ratingSavedPath(id: string): string {
  return `/rate/saved/${encodeURIComponent(id)}`;
}

/** Router state the form passes to the confirmation, for its links once the rating has left. */
export interface RatingSavedState {
  procedureCode: string;
}

export function readRatingSavedState(state: unknown): RatingSavedState | undefined {
  if (typeof state !== 'object' || state === null || !('procedureCode' in state)) return undefined;
  const { procedureCode } = state as { procedureCode: unknown };
  return typeof procedureCode === 'string' ? { procedureCode } : undefined;
}
