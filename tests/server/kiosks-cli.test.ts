import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairKiosk } from '../../src/server/kiosks/provision.ts';
import { runKioskCommand } from '../../src/server/kiosks/kiosk-command.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { openTempSqliteStorage } from './support/storage.ts';

describe('npm run kiosk', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    await storage.catalog.upsert([makeProcedure('1.001193'), makeProcedure('1.001022')]);
  });
  afterAll(async () => close());

  async function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const logged: string[] = [];
    const code = await runKioskCommand(args, storage, {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      log: {
        info: (fields: object, msg: string) => logged.push(`${msg} ${JSON.stringify(fields)}`),
      },
    });
    return { code, out: out.join('\n'), err: err.join('\n'), logged };
  }

  it('creates a kiosk and prints a pairing code and link that pair once', async () => {
    const created = await run(
      'create',
      '--name',
      'Bộ phận Một cửa phường Bến Thành',
      '--province',
      '79',
      '--agency',
      'UBND phường Bến Thành',
      '--procedure',
      '1.001193',
      '--procedure',
      '1.001022',
      '--base-url',
      'https://dvc.example.vn/',
    );
    expect(created.code).toBe(0);
    const code = /Pairing code:\s+(\S+)/.exec(created.out)?.[1];
    // One form of the code, the link's, with a note that dashes and case do not matter.
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(created.out).toContain(`Pairing link:  https://dvc.example.vn/kiosk/pair?code=${code}`);
    expect(created.out).toContain('case, spaces and dashes are ignored');
    // Times for people in Vietnam: local time with the zone named, not UTC.
    expect(created.out).toMatch(
      /Valid until: {3}\d{4}-\d\d-\d\d \d\d:\d\d \(Vietnam time, UTC\+7\), for one pairing/,
    );
    expect(created.out).not.toMatch(/\d\dT\d\d:\d\d|\d\.\d{3}Z/);
    const paired = await pairKiosk(storage.kiosks, code ?? '');
    expect(paired).toMatchObject({
      status: 'paired',
      kiosk: { province: '79', procedures: ['1.001193', '1.001022'], allowComments: false },
    });
  });

  it('refuses a kiosk for a procedure the catalogue does not have, creating nothing', async () => {
    const before = (await storage.kiosks.list()).length;
    const refused = await run(
      'create',
      '--name',
      'Quầy 9',
      '--province',
      '79',
      '--agency',
      'UBND phường Bến Thành',
      '--procedure',
      '1.001193',
      '--procedure',
      '9.999999',
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('The catalogue has no procedure 9.999999');
    expect(await storage.kiosks.list()).toHaveLength(before);
  });

  it('lists and revokes kiosks', async () => {
    const [kiosk] = await storage.kiosks.list();
    const listed = await run('list');
    expect(listed.out).toContain(kiosk?.id);
    expect(listed.out).toContain('paired');
    const revoked = await run('revoke', kiosk?.id ?? '');
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain('kiosk_revoked');
    // The operator's log keeps the event, with the kiosk's id only.
    expect(revoked.logged).toEqual([`kiosk revoked {"kioskId":"${kiosk?.id}"}`]);
    expect((await run('list')).out).toMatch(
      /revoked \d{4}-\d\d-\d\d \d\d:\d\d \(Vietnam time, UTC\+7\)/,
    );
    expect((await run('revoke', 'no-such-id')).code).toBe(1);
  });

  it('explains what is missing instead of creating a half kiosk', async () => {
    const before = (await storage.kiosks.list()).length;
    const result = await run('create', '--name', 'X', '--province', '63');
    expect(result.code).toBe(2);
    expect(result.err).toContain('province');
    expect(result.err).toContain('agency');
    expect(result.err).toContain('Usage');
    expect(await storage.kiosks.list()).toHaveLength(before);
  });
});
