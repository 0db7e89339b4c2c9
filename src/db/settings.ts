import { getDatabase } from './database.ts';

/** Keys of the settings table this part owns (other parts add their own). */
export const SETTING_KEYS = {
  catalogVersion: 'catalog.version',
  catalogUpdatedAt: 'catalog.updatedAt',
  catalogEtag: 'catalog.etag',
  provinceListsEtag: 'provinceLists.etag',
  // Issue 14: the list (what search and the cards need) has its own version; the keys above
  // are the stored details'.
  catalogListVersion: 'catalog.list.version',
  catalogListUpdatedAt: 'catalog.list.updatedAt',
  catalogListEtag: 'catalog.list.etag',
  locale: 'app.locale',
  province: 'app.province',
} as const;

export async function getSetting(key: string): Promise<unknown> {
  const row = await getDatabase().settings.get(key);
  return row?.value;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await getDatabase().settings.put({ key, value });
}

export async function deleteSetting(key: string): Promise<void> {
  await getDatabase().settings.delete(key);
}
