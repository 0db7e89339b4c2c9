import { getDatabase } from './database.ts';

const PAGE_SIZE = 500;

/**
 * The whole outbox as a JSON file, built a page at a time along the primary key, so even a
 * queue of weeks never sits in memory as objects (only as the file's text parts).
 */
export async function exportOutboxAsBlob(): Promise<Blob> {
  const { outbox } = getDatabase();
  const parts: string[] = [
    '{"exportedAt":',
    JSON.stringify(new Date().toISOString()),
    ',"items":[',
  ];
  let lastId: string | undefined;
  let first = true;
  for (;;) {
    const query = lastId === undefined ? outbox.orderBy('id') : outbox.where('id').above(lastId);
    const page = await query.limit(PAGE_SIZE).toArray();
    for (const item of page) {
      parts.push(first ? '' : ',', JSON.stringify(item));
      first = false;
    }
    if (page.length < PAGE_SIZE) break;
    lastId = page[page.length - 1]?.id;
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}
