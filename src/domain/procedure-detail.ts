import type { Procedure } from './procedure.ts';

/**
 * Whether the national portal has published this procedure's details. About 4,856 procedures
 * are only in the portal's list (no detail answer yet): their page says so once instead of
 * "the source has no information" under every heading (issue 11, item 9). Derived, not stored,
 * so no catalogue (old or new) needs a new field.
 */
export function hasPublishedDetail(procedure: Procedure): boolean {
  return (
    procedure.methods.length > 0 ||
    procedure.documents.length > 0 ||
    procedure.steps.length > 0 ||
    procedure.results.length > 0 ||
    procedure.legalBasis.length > 0
  );
}
