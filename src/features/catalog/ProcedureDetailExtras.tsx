import type { Procedure } from '../../domain/procedure.ts';
import { RateThisServiceLink } from '../rating/RateThisServiceLink.tsx';

/**
 * Actions other features offer on a procedure's page (e.g. "Rate this service"), shown under
 * the online level. Add them here, one line each, so the detail page itself stays untouched.
 */
export function ProcedureDetailExtras({ procedure }: { procedure: Procedure }) {
  return <RateThisServiceLink procedure={procedure} />;
}
