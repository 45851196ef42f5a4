const pad = (n: number) => String(n).padStart(2, '0');

/** A saved ISO time as the app shows it everywhere: `2025-03-14 09:05` in this laptop's time zone. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A saved ISO time as a date only: `2025-03-14`. */
export function formatDay(iso: string): string {
  return formatWhen(iso).slice(0, 10);
}
