import type { FastifyPluginAsync } from 'fastify';
import { PROVINCE_CODES } from '../../domain/provinces.ts';
import type { ProvinceListsPayload } from '../../domain/province-list.ts';
import {
  importProvinceList,
  provinceListRequestSchema,
} from '../catalog/province-list/import-province-list.ts';
import {
  PROVINCE_LIST_MAX_BYTES,
  ProvinceListFileError,
} from '../catalog/province-list/read-sheet.ts';
import { sendError } from '../errors.ts';
import { requireAdmin } from '../kiosks/admin-auth.ts';
import type { Storage } from '../storage/types.ts';

export interface ProvinceListRoutesOptions {
  storage: Storage;
  adminToken?: string;
}

/** The list file's types as browsers and curl send them; the bytes decide the format anyway. */
const FILE_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/octet-stream',
];

/**
 * Provinces' official lists (issue 12): GET /api/province-lists for devices (small, ETag by
 * catalogue version, fetched after the catalogue), and for the operator (ADMIN_TOKEN)
 * PUT/GET /api/admin/province-lists/:province. PUT takes the .xlsx or .csv file as the body
 * and the decision as query parameters: ?decision=1234/QĐ-UBND&date=2026-05-04[&sheet=…].
 */
export const provinceListRoutes: FastifyPluginAsync<ProvinceListRoutesOptions> = async (
  app,
  { storage, adminToken },
) => {
  const admin = requireAdmin(adminToken);
  app.addContentTypeParser(
    FILE_TYPES,
    { parseAs: 'buffer', bodyLimit: PROVINCE_LIST_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get('/api/province-lists', async (request, reply) => {
    const meta = await storage.catalog.meta();
    reply.header('Cache-Control', 'no-cache');
    if (!meta) return sendError(reply, 404, 'not_found', 'No catalogue has been imported yet.');
    const etag = `"province-lists-v${meta.version}"`;
    reply.header('ETag', etag);
    const given = request.headers['if-none-match'];
    if (given?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    const payload: ProvinceListsPayload = {
      catalogVersion: meta.version,
      lists: await storage.provinceLists.all(),
    };
    return payload;
  });

  app.get<{ Params: { province: string } }>(
    '/api/admin/province-lists/:province',
    { preHandler: admin },
    async (request, reply) => {
      const province = PROVINCE_CODES.find((c) => c === request.params.province);
      if (!province) return sendError(reply, 400, 'bad_request', 'Unknown province code.');
      const list = await storage.provinceLists.get(province);
      if (!list) return sendError(reply, 404, 'not_found', 'This province has no list yet.');
      return reply.header('Cache-Control', 'no-store').send(list);
    },
  );

  app.put<{ Params: { province: string }; Querystring: Record<string, string | undefined> }>(
    '/api/admin/province-lists/:province',
    { preHandler: admin },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      const parsed = provinceListRequestSchema.safeParse({
        province: request.params.province,
        decision: request.query.decision,
        date: request.query.date,
        ...(request.query.sheet ? { sheet: request.query.sheet } : {}),
      });
      if (!parsed.success) {
        return sendError(
          reply,
          400,
          'bad_request',
          parsed.error.issues.map((i) => i.message).join('; '),
        );
      }
      if (!Buffer.isBuffer(request.body)) {
        return sendError(
          reply,
          415,
          'unsupported_media_type',
          `Send the list file as the body, as ${FILE_TYPES.join(' or ')}.`,
        );
      }
      try {
        const result = await importProvinceList(parsed.data, request.body, storage);
        request.log.info(
          { province: result.list.province, entries: result.list.entries.length },
          'province list imported',
        );
        return {
          province: result.list.province,
          decision: result.list.decision,
          decisionDate: result.list.decisionDate,
          catalogVersion: result.catalogVersion,
          report: result.report,
        };
      } catch (error) {
        if (error instanceof ProvinceListFileError) {
          return sendError(reply, 400, 'bad_request', error.message);
        }
        throw error;
      }
    },
  );
};
