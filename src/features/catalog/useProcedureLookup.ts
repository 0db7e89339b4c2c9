import { useEffect, useState } from 'react';
import { storeProcedureDetail } from '../../db/catalog.ts';
import { useCatalogMeta, useProcedure, useProcedureEntry } from '../../db/hooks-catalog.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { fetchProcedure, type ProcedureFetchResult } from './procedure-fetch.ts';

export type ProcedureLookup =
  | { state: 'loading' }
  | { state: 'found'; procedure: Procedure }
  /** The server says so, or — offline — the complete catalogue stored on this device does. */
  | { state: 'notFound'; by: 'server' | 'device' }
  /** Offline with no complete stored catalogue: nobody can tell yet whether the code exists. */
  | { state: 'unavailable' };

/**
 * One procedure by code for a page opened from a link: the stored catalogue when it has it;
 * otherwise the server's answer, so a first visit shows the procedure at once instead of
 * waiting for the whole catalogue, and "not found" is said only by the server or, offline, by a
 * complete stored list (written in one transaction with its version). Details come on demand:
 * a listed procedure whose details have not arrived is asked of the server too.
 */
export function useProcedureLookup(code: string): ProcedureLookup {
  const stored = useProcedure(code);
  const meta = useCatalogMeta();
  const entry = useProcedureEntry(code);
  const [remote, setRemote] = useState<{ code: string; result: ProcedureFetchResult }>();

  const needsServer = stored === null;
  useEffect(() => {
    if (!needsServer) return;
    const controller = new AbortController();
    void fetchProcedure(code, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setRemote({ code, result });
      // Stored as it comes (issue 14): the page opens offline next time, before the details
      // of every procedure have arrived. A full disk only costs that.
      if (result.status === 'found') storeProcedureDetail(result.procedure).catch(() => undefined);
    });
    return () => controller.abort();
  }, [code, needsServer]);

  if (stored) return { state: 'found', procedure: stored };
  if (stored === undefined) return { state: 'loading' };
  const answer = remote?.code === code ? remote.result : undefined;
  if (!answer) return { state: 'loading' };
  if (answer.status === 'found') return { state: 'found', procedure: answer.procedure };
  if (answer.status === 'notFound') return { state: 'notFound', by: 'server' };
  if (meta === undefined || entry === undefined) return { state: 'loading' };
  // Listed, but its details have not arrived and the server cannot be asked: not "not found".
  if (entry) return { state: 'unavailable' };
  return meta ? { state: 'notFound', by: 'device' } : { state: 'unavailable' };
}
