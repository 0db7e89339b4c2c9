/**
 * Issue 12's figures over the real national files: how many families, how many have versions,
 * how often the level differs between versions, and the names still shared within a family.
 * Run: npx tsx tests/bench/catalog-families.ts (needs ../shared/data/national-portal).
 */
import { groupFamilies, hasDifferingLevels } from '../../src/domain/procedure-family.ts';
import { hasPortalData, loadRealCatalog } from '../unit/domain/search/eval/real-catalog.ts';

if (!hasPortalData) {
  process.stderr.write('No ../shared/data/national-portal here: nothing to count.\n');
  process.exit(1);
}
const procedures = await loadRealCatalog();
const families = groupFamilies(procedures);
const withVersions = families.filter((f) => f.versions.length > 1);
const differing = withVersions.filter((f) => hasDifferingLevels(f.versions));
const splitByTier = families.filter((f) => f.key.split('|').length > 2);
const twice = families.filter((f) => {
  const own = f.versions.filter((v) => v.province !== undefined).map((v) => v.province);
  return new Set(own).size < own.length;
});
const nationalTwice = families.filter((f) => f.versions.filter((v) => !v.province).length > 1);
const lines = [
  `procedures                         ${procedures.length}`,
  `families                           ${families.length}`,
  `families with versions (2+)        ${withVersions.length}`,
  `  of which levels differ           ${differing.length}`,
  `  largest family                   ${Math.max(...families.map((f) => f.versions.length))}`,
  `families kept apart by tier        ${splitByTier.length}`,
  `families with 2+ national versions ${nationalTwice.length}`,
  `families where a province has 2+   ${twice.length}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const f of [...nationalTwice, ...twice]) {
  process.stdout.write(
    `  ${f.versions.map((v) => `${v.code}${v.province ? `@${v.province}` : ''} (${v.agencies[0] ?? '?'})`).join(' | ')}\n`,
  );
}
