/**
 * The procedure vocabulary as plain values, without zod, for the first (search) screen, which
 * must not load the schema library. procedure.ts re-exports all of them.
 */

/** Procedure codes as the national portal writes them: "1.001193", sometimes more digits. */
export const PROCEDURE_CODE_PATTERN = /^\d{1,2}\.\d{6,9}$/;

export const GOVERNMENT_LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

export const SUBMISSION_CHANNELS = ['online', 'in_person', 'postal'] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/** Units the portal uses; anything else is kept verbatim in `unitRaw`. */
export const TIME_UNITS = ['working_day', 'day', 'hour', 'month', 'year', 'other'] as const;

/**
 * How the result comes back (the portal's `returningMethods` values): at the place where the
 * dossier was filed (AT_SUBMISSION_PLACE), by public postal service to the applicant's address
 * (AT_HOME), or online (ONLINE, an electronic result in the portal account).
 */
export const RESULT_WAYS = ['office', 'post', 'online'] as const;
export type ResultWay = (typeof RESULT_WAYS)[number];

/** Which dossiers a way of returning results applies to: filed online, or on paper. */
export const FILED_BY = ['online', 'offline'] as const;

/**
 * Where a page's facts come from: the national portal's detail record, or our hand-curated
 * seed (checked by people against the portal and the legal texts, but not the official record).
 */
export const FACTS_SOURCES = ['portal', 'curated'] as const;
export type FactsSource = (typeof FACTS_SOURCES)[number];

export const PORTAL_BASE_URL = 'https://dichvucong.gov.vn';

/**
 * The portal's public page of a procedure, from its portal id (the UUID of the list row), or
 * undefined without one. Issue 11: the portal's search page takes no procedure code (the old
 * `?ma_thu_tuc=` link opened the search, not the procedure), so a procedure without its id gets
 * no link rather than a link that does not lead to it.
 */
export function portalUrlFor(portalId: string | undefined): string | undefined {
  return portalId
    ? `${PORTAL_BASE_URL}/thu-tuc-hanh-chinh/${encodeURIComponent(portalId)}`
    : undefined;
}

/** Whether a stored link leads to one procedure's page (older versions stored search links). */
export function isProcedurePageUrl(url: string | undefined): url is string {
  return url !== undefined && url.startsWith(`${PORTAL_BASE_URL}/thu-tuc-hanh-chinh/`);
}
