import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureSchema } from '../../src/domain/procedure.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeTempDir, openTempSqliteStorage } from './support/storage.ts';

/** Issue 6: corrupted and truncated portal files never stop an import or spoil the catalogue. */

const encoder = new TextEncoder();

function listRow(code: string) {
  return {
    code,
    name: `Thủ tục thử ${code}`,
    categories: ['Hộ tịch'],
    departments: ['Ủy ban nhân dân cấp xã'],
    formalityTargetType: ['Công dân Việt Nam'],
    type: 'STANDARD',
  };
}

/** Nesting written as text: deeper than JSON.stringify itself could produce. */
function deepJson(record: Record<string, unknown>, levels: number): string {
  const nested = '{"a":['.repeat(levels) + '"x"' + ']}'.repeat(levels);
  return JSON.stringify(record).replace(/\}$/, `,"categories":${nested}}`);
}

/** One way to spoil a line (or a whole detail file) as bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('badUtf8' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('wrongType' as const),
    field: fc.constantFrom('code', 'name', 'categories', 'type', 'departments'),
    value: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object(), fc.string()),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    size: fc.integer({ min: 10_000, max: 300_000 }),
  }),
  fc.record({ kind: fc.constant('deep' as const), levels: fc.integer({ min: 50, max: 100_000 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function spoil(record: Record<string, unknown>, m: Mutation): Buffer {
  const bytes = Buffer.from(encoder.encode(JSON.stringify(record)));
  switch (m.kind) {
    case 'flip': {
      const at = m.at % bytes.length;
      bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
      // A flipped bit may make a newline, which splits the line: keep the test about one line.
      if (bytes[at] === 0x0a) bytes[at] = 0x20;
      return bytes;
    }
    case 'truncate':
      return bytes.subarray(0, m.at % bytes.length);
    case 'badUtf8': {
      const at = m.at % bytes.length;
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from([0xc3, 0x28, 0xff]),
        bytes.subarray(at),
      ]);
    }
    case 'wrongType':
      return Buffer.from(JSON.stringify({ ...record, [m.field]: m.value }));
    case 'huge':
      return Buffer.from(
        JSON.stringify({ ...record, name: 'Ư'.repeat(m.size), extra: 'x'.repeat(m.size) }),
      );
    case 'deep':
      return Buffer.from(deepJson(record, m.levels));
  }
}

describe('importer against corrupted files', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  const temp = makeTempDir('dvc-import-fuzz-');

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
  });
  afterAll(async () => {
    await close();
    temp.cleanup();
  });

  it('never throws, reports each broken line by file and line, and imports the rest', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(mutation, { freq: 2 }), { minLength: 1, maxLength: 12 }),
        fc.option(mutation, { nil: undefined }),
        async (lineMutations, detailMutation) => {
          run += 1;
          const dir = path.join(temp.dir, `run-${run}`);
          mkdirSync(dir);
          const codes = lineMutations.map((_, i) => `9.${String(run * 100 + i).padStart(6, '0')}`);
          const lines = lineMutations.map((m, i) =>
            m
              ? spoil(listRow(codes[i] ?? ''), m)
              : Buffer.from(JSON.stringify(listRow(codes[i] ?? ''))),
          );
          const jsonl = path.join(dir, 'catalog.jsonl');
          writeFileSync(jsonl, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
          const detailCode = `8.${String(run).padStart(6, '0')}`;
          const detail = {
            code: '0',
            message: 'ok',
            data: { ...listRow(detailCode), isFullProcess: true },
          };
          writeFileSync(
            path.join(dir, `${detailCode}.json`),
            detailMutation ? spoil(detail, detailMutation) : JSON.stringify(detail),
          );

          const report = await importPortalFiles([dir], storage.catalog);

          for (const problem of report.problems) {
            expect(problem.file).toMatch(/catalog\.jsonl$|\.json$/);
            if (problem.file.endsWith('.jsonl')) expect(problem.line).toBeGreaterThan(0);
          }
          for (const [i, m] of lineMutations.entries()) {
            const text = lines[i]?.toString('utf8') ?? '';
            let parses = true;
            try {
              JSON.parse(text);
            } catch {
              parses = false;
            }
            if (!parses && text.trim() !== '') {
              expect(report.problems.some((p) => p.line === i + 1)).toBe(true);
            }
            if (!m) expect(await storage.catalog.get(codes[i] ?? '')).toBeDefined();
          }
          if (!detailMutation) expect(await storage.catalog.get(detailCode)).toBeDefined();
        },
      ),
      { numRuns: 60 },
    );
    // Whatever got in, the stored catalogue is still valid procedure by procedure.
    const catalog = await storage.catalog.load();
    for (const procedure of catalog?.procedures ?? []) {
      expect(procedureSchema.safeParse(procedure).success).toBe(true);
    }
  });
});
