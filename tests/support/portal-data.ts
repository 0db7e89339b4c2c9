import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../src/domain/procedure.ts';
import { mapPortalProcedure } from '../../src/server/catalog/portal-map.ts';
import { portalDetailSchema, portalListRowSchema } from '../../src/server/catalog/portal-source.ts';

/**
 * Where the real national-portal files are (never committed; absent on a user's fresh clone):
 * `DVC_PORTAL_DATA` when set (a git worktree is not next to `../shared`), else `../shared/...`
 * beside the repository, as the data README says.
 */
export const PORTAL_DIR =
  process.env.DVC_PORTAL_DATA ??
  path.resolve(import.meta.dirname, '../../../shared/data/national-portal');

export const hasPortalData = existsSync(path.join(PORTAL_DIR, 'catalog.jsonl'));

/** One real detail file, parsed as the importer parses it, mapped to our Procedure. */
export function readPortalProcedure(code: string): Procedure {
  const file = path.join(PORTAL_DIR, 'details', `${code}.json`);
  const envelope = JSON.parse(readFileSync(file, 'utf8')) as { data: unknown };
  const detail = portalDetailSchema.parse(envelope.data);
  return mapPortalProcedure(code, undefined, detail, []);
}

/** Every real detail file's code. */
export function portalDetailCodes(): string[] {
  return readdirSync(path.join(PORTAL_DIR, 'details'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The first real list row that has no detail file, mapped as the importer maps it. */
export function firstListOnlyProcedure(): Procedure {
  const details = new Set(portalDetailCodes());
  const lines = readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = portalListRowSchema.safeParse(JSON.parse(line));
    if (!parsed.success || parsed.data.type === 'STANDARD_INTERNAL') continue;
    if (details.has(parsed.data.code)) continue;
    return mapPortalProcedure(parsed.data.code, parsed.data, undefined, []);
  }
  throw new Error('no list-only procedure in the national-portal files');
}
