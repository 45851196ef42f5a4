/*
 * The one way the app writes a date or a time for people: fixed formats in UTC, never the
 * locale's, so a note, a script header or a site file reads the same on every laptop and sorts.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: Date | string): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A day as `2026-11-28` (UTC); an unreadable date comes back as the text `unknown date`. */
export function formatDay(value: Date | string): string {
  const d = toDate(value);
  if (!d) return 'unknown date';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A moment as `2026-11-28 21:05 UTC`; an unreadable date comes back as the text `unknown time`. */
export function formatDateTime(value: Date | string): string {
  const d = toDate(value);
  if (!d) return 'unknown time';
  return `${formatDay(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
