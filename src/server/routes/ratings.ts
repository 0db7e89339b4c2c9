import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  ratingBatchSchema,
  MAX_RATINGS_PER_BATCH,
  type RatingResult,
} from '../../domain/rating.ts';
import { sendError } from '../errors.ts';
import { kioskCheckForRequest, type KioskCheck } from '../kiosks/verify.ts';
import { ingestBatch, quotaRefusals, summarize } from '../ratings/ingest.ts';
import { KnownProcedures } from '../ratings/known-procedures.ts';
import type { QuotaSource } from '../ratings/quota.ts';
import { ratingQuotaFromEnv, type RatingQuotaLimits } from '../ratings/quota-limits.ts';
import { ratingsRateLimitFromEnv } from '../ratings/rate-limit.ts';
import { describeIssues } from '../ratings/validate-item.ts';
import type { Storage } from '../storage/types.ts';

export interface RatingsRoutesOptions {
  storage: Storage;
  /**
   * Requests per minute per paired kiosk, and per client address for everyone else; default
   * from the environment (rate-limit.ts).
   */
  rateLimitPerMinute?: number;
  /** Ratings per day per address / kiosk (issue 10); default from the environment. */
  ratingQuota?: RatingQuotaLimits;
  /** Told every answered batch (the metrics, issue 21). */
  onBatch?: (results: readonly RatingResult[], items: readonly unknown[], now: Date) => void;
}

/** 500 ratings with a 1,000-character comment each stay well under this. */
export const RATINGS_BODY_LIMIT = 1024 * 1024;

const RATE_WINDOW_MS = 60_000;

/**
 * POST /api/ratings (DESIGN.md §4). Only a broken envelope fails the request (400 / 413 / 415 /
 * 429); every item is answered on its own, in request order, with 200.
 */
export const ratingsRoutes: FastifyPluginAsync<RatingsRoutesOptions> = async (app, options) => {
  const { storage } = options;
  const known = new KnownProcedures(storage.catalog);
  const quotaLimits = options.ratingQuota ?? ratingQuotaFromEnv();
  // What the migrations of this start found (e.g. stored ratings of one dossier under two
  // spellings, migration 7): counts only, for the operator.
  for (const notice of storage.migrationNotices) {
    app.log.warn({ migration: notice.version, count: notice.count }, notice.message);
  }
  // One kiosk token check per request, shared by the rate limit and the route.
  const kioskChecks = new WeakMap<FastifyRequest, () => Promise<KioskCheck>>();
  const kioskCheckOf = (request: FastifyRequest) => {
    let check = kioskChecks.get(request);
    if (!check) {
      check = kioskCheckForRequest(storage.kiosks, request.headers.authorization);
      kioskChecks.set(request, check);
    }
    return check;
  };

  // Registered inside this plugin, so it limits only the routes declared here. It runs on
  // onRequest, before the body is read: a flood costs us no parsing.
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? ratingsRateLimitFromEnv(),
    timeWindow: RATE_WINDOW_MS,
    // A paired kiosk has its own allowance, keyed by the kiosk: the tablets of one office sit
    // behind one NAT address, shared with the citizens' phones on the office Wi-Fi, and must not
    // use up each other's. Only a token the database knows (and not revoked) gets a kiosk key;
    // any other request, made-up tokens included, counts against its address, so inventing
    // tokens buys no extra requests. Without an Authorization header nothing is looked up.
    keyGenerator: async (request) => {
      const check = await kioskCheckOf(request)();
      return check.ok ? `kiosk:${check.kiosk.id}` : `ip:${request.ip}`;
    },
    // Thrown to the app's error handler, which answers {error:{code:'rate_limited'}}; the
    // plugin has already set Retry-After (seconds).
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      message: `Too many requests. Try again in ${context.after}.`,
    }),
  });

  app.post('/api/ratings', { bodyLimit: RATINGS_BODY_LIMIT }, async (request, reply) => {
    // Answers are per device and per moment: never cached by a proxy or the service worker.
    reply.header('Cache-Control', 'no-store');
    // Fastify also parses text/plain; only JSON is a batch (other types never get here: 415).
    if (!isJsonContentType(request.headers['content-type'])) {
      return sendError(
        reply,
        415,
        'unsupported_media_type',
        'Send the ratings as JSON (Content-Type: application/json).',
      );
    }
    const envelope = ratingBatchSchema.safeParse(request.body);
    if (!envelope.success) {
      return sendError(
        reply,
        400,
        'bad_request',
        `The body must be {"ratings": [...]} with 1 to ${MAX_RATINGS_PER_BATCH} ratings.`,
        describeIssues(envelope.error.issues),
      );
    }
    const kioskCheck = kioskCheckOf(request);
    // The same key as the request rate limit: a valid kiosk token, or else the address.
    const source = async (): Promise<QuotaSource> => {
      const check = await kioskCheck();
      return check.ok
        ? { kind: 'kiosk', kioskId: check.kiosk.id }
        : { kind: 'address', address: request.ip };
    };
    const now = new Date();
    const results = await ingestBatch(envelope.data.ratings, {
      storage,
      known,
      kioskCheck,
      now,
      quota: { limits: quotaLimits, source },
    });
    request.log.info({ ratings: summarize(results) }, 'ratings batch');
    options.onBatch?.(results, envelope.data.ratings, now);
    const refusals = quotaRefusals(results);
    if (refusals) {
      // One line per batch; limits and counts only: never the address, a dossier or a comment.
      const rejected = Object.values(refusals).reduce((a, b) => a + b, 0);
      request.log.warn({ limits: refusals, rejected }, 'ratings over a daily limit');
    }
    return { results };
  });
};

function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(';', 1)[0]?.trim().toLowerCase();
  return type === 'application/json';
}
