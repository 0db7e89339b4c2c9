/**
 * Loaded before any module can build a schema (index.html lists it ahead of the app, the worker
 * imports it first): zod must not probe whether it may compile validators with `new Function`,
 * because the strict CSP reports the probe as a violation even though zod catches it. Validation
 * still works, without eval. No zod import here: zod reads this global object when it loads, so
 * setting it needs no chunk of zod's, and runs before any chunk that holds schemas.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
