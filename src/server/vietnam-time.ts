/**
 * Operators and clerks work in Vietnam time (UTC+7 all year: no daylight saving), whatever the
 * server's clock zone: the CLI and the banner show times so, with the zone named (issue 21).
 */
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const VIETNAM_ZONE_NAME = 'Vietnam time, UTC+7';

/** "2026-12-03T04:28:01.689Z" → "2026-12-03 11:28 (Vietnam time, UTC+7)"; bad input as given. */
export function formatVietnamTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} (${VIETNAM_ZONE_NAME})`;
}
