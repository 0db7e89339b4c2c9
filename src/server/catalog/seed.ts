import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procedureSchema, type Procedure } from '../../domain/procedure.ts';

/**
 * The hand-curated catalogue the app ships with: one JSON file per field (lĩnh vực), each an
 * array of procedures. Resolved from this module's own URL so it works under tsx and vitest
 * without depending on the process's working directory.
 */
export const SEED_DIR = fileURLToPath(new URL('./seed/', import.meta.url));

/** Reads every *.json file in `dir` (sorted, so the order is stable) and validates each entry. */
export function loadSeedProcedures(dir: string = SEED_DIR): Procedure[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const procedures: Procedure[] = [];
  const seenIn = new Map<string, string>();
  for (const file of files) {
    for (const procedure of readSeedFile(dir, file)) {
      const earlier = seenIn.get(procedure.code);
      if (earlier) {
        throw new Error(`Seed ${file}: code ${procedure.code} is also in ${earlier}`);
      }
      seenIn.set(procedure.code, file);
      procedures.push(procedure);
    }
  }
  return procedures;
}

function readSeedFile(dir: string, file: string): Procedure[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new Error(`Seed ${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(raw)) throw new Error(`Seed ${file}: expected an array of procedures`);
  return raw.map((entry: unknown, index) => {
    const result = procedureSchema.safeParse(entry);
    // Hand-curated unless the entry says otherwise (issue 11, item 5: the page says whose facts).
    if (result.success) return { factsSource: 'curated', ...result.data };
    const code = codeOf(entry) ?? `entry #${index}`;
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Seed ${file}: ${code} is invalid — ${problems}`);
  });
}

function codeOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('code' in entry)) return undefined;
  return typeof entry.code === 'string' ? entry.code : undefined;
}
