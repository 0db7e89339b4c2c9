import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcedurePageUrl, type Procedure } from '../../src/domain/procedure.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { describeTime } from '../../src/features/catalog/time-display.ts';
import { hasPortalData, PORTAL_DIR, portalDetailCodes } from '../support/portal-data.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

if (!hasPortalData) {
  console.warn(`[import-over-seed] SKIPPED: ${PORTAL_DIR} is absent (it is not part of the repo)`);
}

/**
 * Issue 11, item 5: the real national files imported over the hand-curated seed, read back as a
 * phone reads them (GET /api/catalog/:code). The portal's record wins on facts; our summary and
 * English name stay; no seed procedure's page ends up with less to say than before.
 */
describe.runIf(hasPortalData)('importing the real national files over the seed', () => {
  const seed = loadSeedProcedures();
  const details = new Set(hasPortalData ? portalDetailCodes() : []);
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let storage: Storage;
  const after = new Map<string, Procedure>();

  beforeAll(async () => {
    const opened = await openTempSqliteStorage();
    close = opened.close;
    storage = opened.storage;
    await opened.storage.catalog.upsert(seed);
    await importPortalFiles([PORTAL_DIR], opened.storage.catalog);
    app = await createTestApp(opened.storage);
    for (const { code } of seed) {
      const response = await app.inject(`/api/catalog/${code}`);
      expect(response.statusCode, code).toBe(200);
      after.set(code, response.json<Procedure>());
    }
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('keeps our English name and plain-language summary on every seed procedure', () => {
    for (const before of seed) {
      const now = after.get(before.code);
      expect(now?.name.en, before.code).toBe(before.name.en);
      expect(now?.summary, before.code).toEqual(before.summary);
    }
  });

  it('takes the facts from the portal where it has a record, and says so with its date', () => {
    const official = seed.filter((p) => details.has(p.code));
    expect(official.length).toBeGreaterThan(30);
    for (const { code } of official) {
      expect(after.get(code)?.factsSource, code).toBe('portal');
      expect(after.get(code)?.sourceUpdatedAt, code).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    // A list row alone has no facts: the curated ones stay, still said to be ours.
    for (const { code } of seed.filter((p) => !details.has(p.code))) {
      expect(after.get(code)?.factsSource, code).toBe('curated');
    }
  });

  it('leaves no seed page with less than it had: level, methods, documents, steps, results', () => {
    for (const before of seed) {
      const now = after.get(before.code);
      if (!now) throw new Error(`${before.code} missing after the import`);
      if (before.onlineLevel !== 'unknown')
        expect(now.onlineLevel, before.code).not.toBe('unknown');
      for (const key of ['methods', 'documents', 'steps', 'results'] as const) {
        if (before[key].length > 0)
          expect(now[key].length, `${before.code} ${key}`).toBeGreaterThan(0);
      }
      expect(isProcedurePageUrl(now.portalUrl), before.code).toBe(true);
    }
  });

  it('shows every processing time of a seed procedure with a real unit, per case or in words', () => {
    for (const now of after.values()) {
      for (const method of now.methods) {
        const shown = describeTime(method.processingTime, now.cases);
        // "byCase" with neither text nor cases would be a bare "depends on the case".
        if (shown.kind === 'byCase') expect(shown.text, now.code).toBeTruthy();
      }
    }
  });

  it('keeps the seed’s unit where the portal gives the same number with none (1.001022)', () => {
    // The portal: "3 OTHER" on every channel, its one case OTHER too; the seed: 3 working days.
    const times = after.get('1.001022')?.methods.map((m) => m.processingTime);
    expect(times?.length).toBeGreaterThan(0);
    for (const time of times ?? []) {
      expect(time).toMatchObject({
        value: 3,
        unit: 'other',
        curated: { value: 3, unit: 'working_day' },
      });
    }
  });

  it('re-imports over it without changing anything, so the version stays', async () => {
    const version = (await storage.catalog.meta())?.version;
    const again = await importPortalFiles([PORTAL_DIR], storage.catalog);
    expect(again.imported.updated).toBe(0);
    expect(again.imported.new).toBe(0);
    expect((await storage.catalog.meta())?.version).toBe(version);
  });
});
