import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Procedure } from '../../../../../src/domain/procedure.ts';
import { ensureCatalogSeeded } from '../../../../../src/server/catalog/ensure-seeded.ts';
import { importPortalFiles } from '../../../../../src/server/catalog/import-portal.ts';
import { openSqliteStorage } from '../../../../../src/server/storage/sqlite/storage.ts';

/** The real national-portal files (never committed; absent on a user's fresh clone). */
export const PORTAL_DIR = path.resolve(
  import.meta.dirname,
  '../../../../../../shared/data/national-portal',
);
export const hasPortalData = existsSync(path.join(PORTAL_DIR, 'catalog.jsonl'));

/**
 * The catalogue the browser gets after an operator's import: a server's first start seeds the
 * curated list, then the real files go through our importer (which keeps the seed's English
 * and summaries), in a throwaway SQLite database, read back as the server serves it.
 */
export async function loadRealCatalog(): Promise<Procedure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvc-search-eval-'));
  const storage = openSqliteStorage(path.join(dir, 'dvc.sqlite'));
  try {
    await ensureCatalogSeeded(storage, { info: () => {}, error: () => {} });
    await importPortalFiles([PORTAL_DIR], storage.catalog);
    const catalog = await storage.catalog.load();
    return catalog?.procedures ?? [];
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
