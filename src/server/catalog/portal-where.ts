import type { Procedure, ResultDelivery, ResultWay } from '../../domain/procedure.ts';
import { FILED_BY } from '../../domain/procedure.ts';
import type { PortalDetail } from './portal-source.ts';

/** Invisible marks the portal's texts carry inside words (as tidy-names.ts removes them). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Where and how, the fields a detail adds (issue 11, item 4). */
export type WhereAndHow = Pick<
  Procedure,
  | 'receivingAddresses'
  | 'isFiledAnywhereInProvince'
  | 'requirements'
  | 'resultDelivery'
  | 'sourceUpdatedAt'
>;

const WAYS: Record<string, ResultWay> = {
  AT_SUBMISSION_PLACE: 'office',
  AT_HOME: 'post',
  ONLINE: 'online',
};
const FILED: Record<string, ResultDelivery['filedBy']> = { ONLINE: 'online', OFFLINE: 'offline' };

/** The portal's record was made after the portal opened and before a century from now. */
const EARLIEST_MS = Date.UTC(2019, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

/**
 * Reads what the detail says about where to file, conditions and how results come back. Only
 * what the source says is kept: an empty text, an unknown code or `isNonTerritorial: false`
 * (the portal's default, so it says nothing) leave the field out rather than guess.
 */
export function portalWhereAndHow(detail: PortalDetail): WhereAndHow {
  const where: WhereAndHow = {};
  const addresses = tidyText(detail.dossierReceivingAddresses);
  if (addresses) where.receivingAddresses = addresses;
  if (detail.isNonTerritorial === true) where.isFiledAnywhereInProvince = true;
  const requirements = tidyText(detail.requirementsAndConditions);
  if (requirements) where.requirements = requirements;
  const delivery = resultDelivery(detail.returningMethods);
  if (delivery.length > 0) where.resultDelivery = delivery;
  const updated = detail.updatedAt;
  if (typeof updated === 'number' && updated >= EARLIEST_MS && updated < LATEST_MS) {
    where.sourceUpdatedAt = new Date(updated).toISOString().slice(0, 10);
  }
  return where;
}

function resultDelivery(source: PortalDetail['returningMethods']): ResultDelivery[] {
  const byFiling = new Map<ResultDelivery['filedBy'], Set<ResultWay>>();
  for (const entry of source) {
    const filedBy = FILED[entry.type?.toUpperCase() ?? ''];
    if (!filedBy) continue;
    const ways = byFiling.get(filedBy) ?? new Set<ResultWay>();
    for (const value of entry.value) {
      const way = typeof value === 'string' ? WAYS[value.trim().toUpperCase()] : undefined;
      if (way) ways.add(way);
    }
    byFiling.set(filedBy, ways);
  }
  // A stable order (the portal lists the same ways in every order), online filing first.
  return FILED_BY.flatMap((filedBy) => {
    const ways = byFiling.get(filedBy);
    if (!ways || ways.size === 0) return [];
    return [{ filedBy, ways: (['office', 'post', 'online'] as const).filter((w) => ways.has(w)) }];
  });
}

/**
 * Source prose tidied as names are (NFC, no invisible marks, single spaces) but keeping its line
 * breaks and list marks ("- ", "+ "), which separate the addresses and conditions; the stray
 * quotes some rows are wrapped in go.
 */
function tidyText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const lines = raw
    .replace(/^\s*"+|"+\s*$/g, '')
    .split(/\r?\n/)
    .map((line) => line.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
