import { procedureSchema, type Procedure } from '../../domain/procedure.ts';

/** The server's answer for one procedure, as a value: a screen decides what each case means. */
export type ProcedureFetchResult =
  | { status: 'found'; procedure: Procedure }
  /** The server's catalogue has no such code (404), or it is not a code at all (400). */
  | { status: 'notFound' }
  /** No answer worth believing: offline, timed out, a server error or an unreadable body. */
  | { status: 'unreachable' };

/** A slow network should not hold the page on "loading" for ever; the local copy may still come. */
const TIMEOUT_MS = 15_000;

/**
 * GET /api/catalog/:code — how a shared link or QR code answers before the device has the
 * catalogue (a first visit on a slow phone), or for a code newer than the stored copy.
 */
export async function fetchProcedure(
  code: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<ProcedureFetchResult> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetchImpl(`/api/catalog/${encodeURIComponent(code)}`, {
      headers: { Accept: 'application/json' },
      signal: combined,
    });
    if (response.status === 404 || response.status === 400) return { status: 'notFound' };
    if (!response.ok) return { status: 'unreachable' };
    const parsed = procedureSchema.safeParse(await response.json());
    if (!parsed.success || parsed.data.code !== code) return { status: 'unreachable' };
    return { status: 'found', procedure: parsed.data };
  } catch {
    return { status: 'unreachable' };
  }
}
