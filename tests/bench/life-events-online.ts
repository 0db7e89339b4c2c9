/**
 * Issue 19's figure: how many steps of each life event are fully online in a province, on the
 * real national data (../shared; never committed). Imports the files over the seed into a
 * throwaway SQLite catalogue, as an operator's server holds them, then counts with the page's
 * own functions. Run: npx tsx tests/bench/life-events-online.ts [province code…]
 */
import { LIFE_EVENTS } from '../../src/domain/life-events/events.ts';
import { familiesByCode, groupFamilies } from '../../src/domain/procedure-family.ts';
import { findProvince, type ProvinceCode } from '../../src/domain/provinces.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { countOnlineSteps } from '../../src/features/events/online-count.ts';
import { stepLevel } from '../../src/features/events/step-level.ts';
import { hasPortalData, PORTAL_DIR } from '../support/portal-data.ts';
import { openTempSqliteStorage } from '../server/support/storage.ts';

const provinces = (
  process.argv.slice(2).length ? process.argv.slice(2) : ['20', '38', '82']
) as ProvinceCode[];
if (!hasPortalData) throw new Error(`${PORTAL_DIR} is absent`);
const { storage, close } = await openTempSqliteStorage();
try {
  await storage.catalog.upsert(loadSeedProcedures());
  await importPortalFiles([PORTAL_DIR], storage.catalog);
  const all = (await storage.catalog.load())?.procedures ?? [];
  // As the page sees it: the families (issue 12); no province's official list is imported here.
  const catalogue = {
    all,
    byCode: new Map(all.map((p) => [p.code, p])),
    families: familiesByCode(groupFamilies(all)),
  };
  for (const province of [undefined, ...provinces]) {
    const name = province ? (findProvince(province)?.vi ?? province) : 'Cả nước (national level)';
    let full = 0;
    let total = 0;
    let own = 0;
    const lines = LIFE_EVENTS.map((event) => {
      const count = countOnlineSteps(event, province, catalogue);
      full += count.full;
      total += count.total;
      for (const step of event.steps) {
        const first = step.procedures[0];
        if (first && stepLevel(first.code, province, catalogue).kind === 'provinceVersion')
          own += 1;
      }
      return `  ${event.slug}: ${count.full} of ${count.total} fully online (${count.unknown} not known)`;
    });
    console.log(
      `${name}: ${full} of ${total} steps fully online; ${own} steps from the province's own version`,
    );
    console.log(lines.join('\n'));
  }
} finally {
  await close();
}
