const RESERVED = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  ...Array.from({ length: 10 }, (_, i) => `COM${i}`),
  ...Array.from({ length: 10 }, (_, i) => `LPT${i}`),
  'COM¹',
  'COM²',
  'COM³',
  'LPT¹',
  'LPT²',
  'LPT³',
]);
/** Longest name we produce (SECURITY.md F5: ≤ 255 allowed, ≤ 100 for usability). */
const MAX_NAME = 100;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

/** True when Windows (and FAT/exFAT/NTFS) accepts the name as one path component (F2–F5). */
export function isValidWindowsName(name: string): boolean {
  if (name.length < 1 || name.length > 255) return false;
  if (name === '.' || name === '..' || FORBIDDEN.test(name)) return false;
  if (/[. ]$/.test(name) || name.startsWith('-')) return false;
  const base = (name.split('.')[0] ?? '').trimEnd().toUpperCase();
  return !RESERVED.has(base);
}

/**
 * Builds a safe file name from an allowlist `[A-Za-z0-9._-]` (F1): other characters become `_`,
 * leading `-`/`.` and trailing `.`/space are dropped, reserved device names get a `_` prefix,
 * and the result is cut to MAX_NAME keeping the extension. Idempotent.
 */
export function sanitizeFileName(input: string, fallback = 'file'): string {
  let s = input
    .normalize('NFC')
    .trim()
    .replace(/[. ]+$/, '')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  s = trimEdges(s);
  if (s.length > MAX_NAME) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = trimEdges(s.slice(0, MAX_NAME - ext.length) + ext);
  }
  if (s === '') s = fallback;
  if (RESERVED.has((s.split('.')[0] ?? '').toUpperCase())) s = `_${s}`.slice(0, MAX_NAME);
  return s;
}

function trimEdges(s: string): string {
  return s.replace(/^[-.]+/, '').replace(/[. ]+$/, '');
}

/** Picks `name`, or `name-2`, `name-3`, … so it differs case-insensitively from `taken` (F6). */
export function uniqueFileName(name: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.normalize('NFC').toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i += 1) {
    const candidate = `${stem}-${i}${ext}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
