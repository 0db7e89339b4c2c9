import type { FastifyBaseLogger } from 'fastify';
import type { Procedure } from '../../domain/procedure.ts';
import type { Storage } from '../storage/types.ts';
import { loadSeedProcedures } from './seed.ts';

/**
 * Fills an empty catalogue with the hand-curated seed, so a fresh `npm start` serves a catalogue
 * ready to use. A catalogue that already has a version (seeded or imported) is left alone.
 * Returns how many procedures were seeded (0 when nothing was done).
 */
export async function ensureCatalogSeeded(
  storage: Storage,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
  loadSeed: () => Procedure[] = () => loadSeedProcedures(),
): Promise<number> {
  if (await storage.catalog.meta()) return 0;
  let procedures: Procedure[];
  try {
    procedures = loadSeed();
  } catch (error) {
    // The server still starts (health, import, ratings work); the catalogue stays empty.
    log.error(
      { err: error },
      'The seed catalogue could not be loaded; the catalogue stays empty until an import',
    );
    return 0;
  }
  if (procedures.length === 0) return 0;
  const meta = await storage.catalog.upsert(procedures);
  log.info({ count: meta.count, version: meta.version }, 'seeded the empty catalogue');
  return procedures.length;
}
