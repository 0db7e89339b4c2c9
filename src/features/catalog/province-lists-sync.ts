import { getProvinceListsEtag, replaceProvinceLists } from '../../db/province-lists.ts';
import { provinceListsPayloadSchema } from '../../domain/province-list.ts';

/**
 * Brings the provinces' official lists to the device after the catalogue (issue 12, item 6).
 * Small (codes and levels), with its own ETag, so the catalogue's own download is untouched.
 * Offline or on any failure the stored lists stay as they are: the province's view works offline.
 */
export async function syncProvinceLists(fetchImpl: typeof fetch = fetch): Promise<void> {
  try {
    const etag = await getProvinceListsEtag();
    const response = await fetchImpl('/api/province-lists', {
      headers: etag ? { 'If-None-Match': etag } : {},
    });
    if (response.status !== 200) return;
    const parsed = provinceListsPayloadSchema.safeParse(await response.json());
    if (!parsed.success) return;
    await replaceProvinceLists(parsed.data, response.headers.get('ETag') ?? undefined);
  } catch {
    // Network down or storage refused: keep what is stored; the next sync tries again.
  }
}
