// Resolved at bench time to the outbox's files (see findOutbox in tests/bench/outbox.ts).
declare module '@bench/outbox-db';
declare module '@bench/outbox-engine';
