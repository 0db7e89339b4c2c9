import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFE_EVENTS, lifeEventCodes } from '../../src/domain/life-events/events.ts';
import { lifeEventStepChanges } from '../../src/domain/life-events/level-review.ts';
import { REVIEWED_LEVELS } from '../../src/domain/life-events/reviewed-levels.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { formatImportReport, type ImportReport } from '../../src/server/catalog/import-report.ts';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { hasPortalData, PORTAL_DIR } from '../support/portal-data.ts';
import { makeTempDir, openTempSqliteStorage } from './support/storage.ts';

if (!hasPortalData) {
  console.warn(`[life-events-catalogue] SKIPPED the real-data checks: ${PORTAL_DIR} is absent`);
}

const ALL_CODES = [...new Set(LIFE_EVENTS.flatMap(lifeEventCodes))].sort();

describe('life events against the seed the app ships with', () => {
  it('finds every step reviewed from the seed in the seed, at the reviewed level', () => {
    const seed = new Map(loadSeedProcedures().map((p) => [p.code, p]));
    const changed = lifeEventStepChanges(seed).filter(
      (c) => REVIEWED_LEVELS[c.code]?.source === 'seed',
    );
    expect(changed).toEqual([]);
  });
});

describe.runIf(hasPortalData)('life events against the real national catalogue', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  let report: ImportReport;

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    // What an operator's server holds: the seed, then the national files imported over it.
    await storage.catalog.upsert(loadSeedProcedures());
    report = await importPortalFiles([PORTAL_DIR], storage.catalog);
  }, 120_000);
  afterAll(() => close());

  it('names only codes the portal lists for citizens', () => {
    const rows = new Map(
      readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { code: string; type: string })
        .map((row) => [row.code, row.type]),
    );
    const missing = ALL_CODES.filter((code) => !rows.has(code));
    const internal = ALL_CODES.filter((code) => rows.get(code) === 'STANDARD_INTERNAL');
    expect({ missing, internal }).toEqual({ missing: [], internal: [] });
  });

  it('has every step at the level and from the source it was reviewed with', () => {
    // Fails when an import changes a step's procedure: read the step again, then update
    // src/domain/life-events/reviewed-levels.ts (the report below names what changed).
    expect(report.lifeEventSteps).toEqual([]);
    expect(formatImportReport(report)).not.toContain('Life events whose steps changed');
  });

  it('lists in the import report the event whose step changed level', async () => {
    const { dir, cleanup } = makeTempDir('dvc-events-');
    try {
      const envelope = JSON.parse(
        readFileSync(path.join(PORTAL_DIR, 'details', '1.001193.json'), 'utf8'),
      ) as { data: { isFullProcess?: boolean } };
      envelope.data.isFullProcess = true;
      mkdirSync(path.join(dir, 'details'));
      writeFileSync(path.join(dir, 'details', '1.001193.json'), JSON.stringify(envelope));

      const changed = await importPortalFiles([dir], storage.catalog);
      expect(changed.lifeEventSteps).toEqual([
        {
          event: 'having-a-baby',
          step: 'birth-registration',
          code: '1.001193',
          reviewed: { level: 'partial', source: 'portal-detail' },
          now: { level: 'full', source: 'portal-detail' },
        },
      ]);
      expect(formatImportReport(changed)).toContain(
        'Life events whose steps changed since they were reviewed (1 event;',
      );
      expect(formatImportReport(changed)).toContain(
        'having-a-baby · birth-registration · 1.001193: reviewed partial (portal-detail), now full (portal-detail)',
      );
    } finally {
      cleanup();
    }
  });
});
