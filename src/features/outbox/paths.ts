/** Route of the outbox screen (the header's waiting count links here). */
export const OUTBOX_PATH = '/outbox';
