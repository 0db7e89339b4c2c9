import type { ProvinceDecision } from '../domain/procedure-family.ts';
import type { ProvinceList, ProvinceListsPayload } from '../domain/province-list.ts';
import type { ProvinceCode } from '../domain/provinces.ts';
import { getDatabase } from './database.ts';
import { getSetting, SETTING_KEYS } from './settings.ts';

/** Replaces every stored province list in one transaction (the server sends them all). */
export async function replaceProvinceLists(
  payload: ProvinceListsPayload,
  etag: string | undefined,
): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.provinceLists, db.settings, async () => {
    await db.provinceLists.clear();
    await db.provinceLists.bulkPut(payload.lists);
    await db.settings.put({ key: SETTING_KEYS.provinceListsEtag, value: etag });
  });
}

export async function getProvinceListsEtag(): Promise<string | undefined> {
  const value = await getSetting(SETTING_KEYS.provinceListsEtag);
  return typeof value === 'string' ? value : undefined;
}

export async function getProvinceLists(): Promise<ProvinceList[]> {
  return getDatabase().provinceLists.toArray();
}

/** The stored lists as levelInProvince reads them: province → its decision and levels. */
export function toDecisions(lists: readonly ProvinceList[]): Map<ProvinceCode, ProvinceDecision> {
  return new Map(
    lists.map((list) => [
      list.province,
      {
        province: list.province,
        decision: list.decision,
        decisionDate: list.decisionDate,
        levels: new Map(list.entries.map((e) => [e.code, e.level])),
      },
    ]),
  );
}
