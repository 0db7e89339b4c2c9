/** Timings of the kiosk flow (issue 5), in ms. Tests drive them with fake timers. */
export const KIOSK_TIMING = {
  /** Presses this soon after a submission are ignored and counted as filtered. */
  repeatPressWindow: 3_000,
  /** The optional follow-up closes by itself after this long without a touch. */
  followUpTimeout: 20_000,
  /** The thank-you screen stays this long, then the kiosk resets for the next person. */
  thanksDuration: 5_000,
  /** No touch anywhere for this long: back to the start with everything cleared. */
  idleTimeout: 60_000,
  /** How long the staff corner must be held. */
  staffLongPress: 2_000,
} as const;

/**
 * How long a one-tap rating is held back from sync: the follow-up's time plus a margin, so the
 * follow-up can still add its answers to the same outbox item before anything is sent.
 */
export const FOLLOW_UP_HOLD_MS = KIOSK_TIMING.followUpTimeout + 5_000;
