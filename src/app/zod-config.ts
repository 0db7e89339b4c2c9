import { config } from 'zod/mini';

/**
 * Imported first by the client entry, before any module can parse: zod must not probe whether it
 * may compile validators with `new Function`, because the strict CSP reports the probe as a
 * violation even though zod catches it. Validation still works, without eval. Only zod's small
 * core config is imported here, so the schema library itself stays out of the first screen.
 */
config({ jitless: true });
