import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { spawnServer, type ServerProcess } from './support/server-process.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 6: the server's own log, at its most talkative, never holds what a citizen wrote or a
 * dossier code — whatever the request did: accepted, resent, conflicting, refused, malformed,
 * too big, wrong type. Runs the real server process and reads everything it printed.
 */
const COMMENT_SECRET = 'Bí mật: CCCD 079123456789, SĐT 0987654321';
const DOSSIER_SECRET = 'H79.01-250601-4242';
const PAIRING_SECRET = 'QWERTYUP';
const SECRETS = [
  '079123456789',
  '0987654321',
  'Bí mật',
  DOSSIER_SECRET,
  '250601-4242',
  PAIRING_SECRET,
];

describe.each(['info', 'debug', 'trace'])('server logs at LOG_LEVEL=%s', (level) => {
  const temp = makeTempDir('dvc-logs-');
  let server: ServerProcess;
  let output = '';
  const procedureCode = loadSeedProcedures()[0]?.code ?? '';

  beforeAll(async () => {
    server = await spawnServer(temp.dir, { LOG_LEVEL: level, RATE_LIMIT_PER_MINUTE: '1000' });
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      }).then(async (response) => ({ status: response.status, text: await response.text() }));

    const rating = makeRating({
      procedureCode,
      comment: COMMENT_SECRET,
      dossierCode: DOSSIER_SECRET,
    });
    const statuses = [
      // accepted, then the same resent (duplicate), the id reused (conflict), the dossier again
      (await post(JSON.stringify({ ratings: [rating] }))).status,
      (await post(JSON.stringify({ ratings: [rating] }))).status,
      (await post(JSON.stringify({ ratings: [{ ...rating, overall: 'dissatisfied' }] }))).status,
      (await post(JSON.stringify({ ratings: [{ ...rating, id: randomUUID() }] }))).status,
      // refused items: bad field, unknown procedure, kiosk without a valid token
      (
        await post(
          JSON.stringify({
            ratings: [
              { ...rating, id: randomUUID(), overall: COMMENT_SECRET },
              { ...rating, id: randomUUID(), dossierCode: `${DOSSIER_SECRET} ${COMMENT_SECRET}` },
              { ...rating, id: randomUUID(), procedureCode: '9.999999' },
              { ...rating, id: randomUUID(), channel: 'kiosk' },
            ],
          }),
          { authorization: `Bearer ${DOSSIER_SECRET}` },
        )
      ).status,
      // broken envelopes: malformed JSON, prototype poisoning, too big, not JSON
      (await post(`{"ratings":[{"comment":"${COMMENT_SECRET}","dossierCode":"${DOSSIER_SECRET}"`))
        .status,
      (await post(`{"__proto__":{"x":"${COMMENT_SECRET}"},"ratings":[]}`)).status,
      (
        await post(
          JSON.stringify({ ratings: [{ ...rating, comment: COMMENT_SECRET.repeat(40_000) }] }),
        )
      ).status,
      (await post(JSON.stringify({ ratings: [rating] }), { 'content-type': 'text/plain' })).status,
      (
        await post(`${DOSSIER_SECRET}=${COMMENT_SECRET}`, {
          'content-type': 'application/x-www-form-urlencoded',
        })
      ).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 400, 413, 415, 415]);
    // Addresses whose query carries what people type or paste: a search, a filter, the one-time
    // pairing code of a kiosk's pairing link. (The path is the resource's address and is logged.)
    for (const address of [
      `/api/stats?procedure=${encodeURIComponent(DOSSIER_SECRET)}`,
      `/?q=${encodeURIComponent(COMMENT_SECRET)}`,
      `/kiosk/pair?code=${PAIRING_SECRET}`,
      `/rate?${encodeURIComponent(DOSSIER_SECRET)}=1`,
    ]) {
      expect((await fetch(`${server.url}${address}`)).status).toBeLessThan(500);
    }
    // Stop it, so everything it buffered is written out.
    expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
    output = server.output();
  }, 120_000);
  afterAll(async () => {
    await server?.signal('SIGKILL');
    temp.cleanup();
  });

  it('logged the traffic (so the search below searched something)', () => {
    expect(output).toContain('ratings batch');
    expect(output).toContain('"accepted":1');
    // One access line per request, by route pattern (issue 21); Fastify's own pair is gone.
    expect(output).toContain('"method":"POST","route":"/api/ratings","status":200');
    expect(output).toContain('"method":"GET","route":"/api/stats","status":');
    expect(output).not.toContain('incoming request');
    if (level !== 'info') {
      // The app's pages (here: no route matched) only below info, by path, without the query.
      expect(output).toContain('"method":"GET","path":"/kiosk/pair","status":');
    }
  });

  it('holds no comment text and no dossier code', () => {
    for (const secret of SECRETS) {
      const at = output.indexOf(secret);
      expect(at, `"${secret}" in the log: …${output.slice(Math.max(0, at - 300), at + 100)}`).toBe(
        -1,
      );
    }
  });
});
