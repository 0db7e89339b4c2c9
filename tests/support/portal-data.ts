import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the real national-portal files are (never committed; absent on a user's fresh clone):
 * `DVC_PORTAL_DATA` when set (a git worktree is not next to `../shared`), else `../shared/...`
 * beside the repository, as the data README says.
 */
export const PORTAL_DIR =
  process.env.DVC_PORTAL_DATA ??
  path.resolve(import.meta.dirname, '../../../shared/data/national-portal');

export const hasPortalData = existsSync(path.join(PORTAL_DIR, 'catalog.jsonl'));
