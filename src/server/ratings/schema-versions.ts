/** Schema versions the rating stores need to know of (see storage/<engine>/migrations.ts). */
export const DOSSIER_KEYS_VERSION = 7;
export const RATING_QUOTA_VERSION = 8;
