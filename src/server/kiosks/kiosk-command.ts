import { parseArgs } from 'node:util';
import { kioskCreateRequestSchema, normalizePairingCode } from '../../domain/kiosk.ts';
import { formatVietnamTime } from '../vietnam-time.ts';
import type { Storage } from '../storage/types.ts';
import { provisionKiosk, unknownProcedureCodes } from './provision.ts';
import type { KioskRecord } from './types.ts';

export const KIOSK_USAGE = `Usage:
  npm run kiosk -- create --name <office> --province <code> --agency <agency>
                          [--procedure <code>]… [--allow-comments] [--base-url <https://…>]
  npm run kiosk -- list
  npm run kiosk -- revoke <kiosk id>`;

export interface KioskCommandIo {
  out(text: string): void;
  err(text: string): void;
  /** The operator's log (the same lines as the server's), for the events worth keeping. */
  log?: { info(fields: Record<string, unknown>, message: string): void };
}

/**
 * `kiosk create|list|revoke` for operators at the server's console. Talks to the storage
 * directly (same database as the server), so it needs no ADMIN_TOKEN: whoever can run it can
 * already read the database. Returns the exit code.
 */
export async function runKioskCommand(
  args: readonly string[],
  storage: Storage,
  io: KioskCommandIo,
): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'create':
      return create(rest, storage, io);
    case 'list': {
      const kiosks = await storage.kiosks.list();
      if (kiosks.length === 0) io.out('No kiosks yet.');
      for (const kiosk of kiosks) io.out(describe(kiosk));
      return 0;
    }
    case 'revoke': {
      const [id] = rest;
      if (!id) return usage(io, 'Give the id of the kiosk to revoke.');
      const kiosk = await storage.kiosks.revoke(id, new Date().toISOString());
      if (!kiosk) {
        io.err(`No kiosk has id ${id}.`);
        return 1;
      }
      io.log?.info({ kioskId: kiosk.id }, 'kiosk revoked');
      io.out(`Revoked: ${describe(kiosk)}`);
      io.out('Its token no longer works; ratings it still sends are refused as kiosk_revoked.');
      return 0;
    }
    default:
      return usage(io, action ? `Unknown kiosk action "${action}".` : undefined);
  }
}

async function create(args: readonly string[], storage: Storage, io: KioskCommandIo) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        name: { type: 'string' },
        province: { type: 'string' },
        agency: { type: 'string' },
        procedure: { type: 'string', multiple: true },
        'allow-comments': { type: 'boolean' },
        'base-url': { type: 'string' },
      },
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const parsed = kioskCreateRequestSchema.safeParse({
    name: values.name,
    province: values.province,
    agency: values.agency,
    procedures: values.procedure,
    allowComments: values['allow-comments'] ?? false,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    return usage(io, `The kiosk is not valid:\n${problems.join('\n')}`);
  }
  const unknown = await unknownProcedureCodes(storage.catalog, parsed.data);
  if (unknown.length > 0) {
    return usage(
      io,
      `The catalogue has no procedure ${unknown.join(', ')}. Import the catalogue first, or ` +
        'check the codes (npm run catalog:import -- <national-portal files>).',
    );
  }
  const created = await provisionKiosk(storage.kiosks, parsed.data);
  io.log?.info({ kioskId: created.kiosk.id }, 'kiosk created');
  const base = (values['base-url'] ?? '').replace(/\/$/, '');
  // One form of the code: the one the link carries (issue 21).
  const code = normalizePairingCode(created.pairingCode);
  io.out(`Kiosk created: ${describe(created.kiosk)}`);
  io.out(`Pairing code:  ${code}`);
  io.out(`Pairing link:  ${base}${created.pairingUrl}`);
  io.out(`Valid until:   ${formatVietnamTime(created.pairingExpiresAt)}, for one pairing`);
  io.out(
    'Open the link on the tablet, or go to /kiosk/pair and type the code (case, spaces and ' +
      'dashes are ignored).',
  );
  return 0;
}

function describe(kiosk: KioskRecord): string {
  const state = kiosk.revokedAt
    ? `revoked ${formatVietnamTime(kiosk.revokedAt)}`
    : kiosk.pairedAt
      ? `paired ${formatVietnamTime(kiosk.pairedAt)}`
      : 'waiting for pairing';
  return `${kiosk.id}  ${kiosk.name} (${kiosk.agency}, province ${kiosk.province})  ${state}`;
}

function usage(io: KioskCommandIo, problem?: string): number {
  if (problem) io.err(problem);
  io.err(KIOSK_USAGE);
  return problem ? 2 : 0;
}
