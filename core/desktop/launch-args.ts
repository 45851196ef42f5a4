import { SITE_FILE_EXTENSION } from '../site-file/schema';

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(path) || path.startsWith('\\\\');
}

function joinPath(cwd: string, path: string): string {
  const windows = /^[A-Za-z]:[\\/]/u.test(cwd) || cwd.startsWith('\\\\');
  const sep = windows ? '\\' : '/';
  const trimmed = cwd.replace(/[\\/]+$/u, '');
  return `${trimmed}${sep}${windows ? path.replace(/\//gu, '\\') : path}`;
}

/**
 * The site file a launch asks to open, from its command line: the last argument that names a
 * `.smtprunbook` file (case-insensitive), made absolute against the launch's working folder (a
 * second instance's folder, not ours). Switches (`--flag`, which Chromium adds on Windows), the
 * executable and the app folder are not files to open; an argument with a NUL or a `file:`/URL
 * scheme is refused. Null when the launch names no site file.
 */
export function siteFileFromArgs(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter(
      (arg) =>
        !arg.startsWith('-') &&
        !arg.includes('\0') &&
        !/^[A-Za-z][A-Za-z0-9+.-]+:\/\//u.test(arg) &&
        arg.toLowerCase().endsWith(SITE_FILE_EXTENSION) &&
        arg.length > SITE_FILE_EXTENSION.length,
    );
  const last = candidates[candidates.length - 1];
  if (last === undefined) return null;
  return isAbsolute(last) ? last : joinPath(cwd, last);
}

/** What main does with a launch: a first one opens its file once the page listens; a second one focuses the window first. */
type LaunchAction =
  { readonly kind: 'focus' } | { readonly kind: 'focus-and-open'; readonly path: string };

/** The action for a second launch (Electron's `second-instance` event gives its argv and cwd). */
export function secondLaunch(argv: readonly string[], cwd: string): LaunchAction {
  const path = siteFileFromArgs(argv, cwd);
  return path === null ? { kind: 'focus' } : { kind: 'focus-and-open', path };
}

/**
 * Site files the OS hands over (macOS `open-file`, a second launch) before the app can open them:
 * kept in order until `attach` gives the opener, then each is passed on at once. macOS sends
 * `open-file` for a double-clicked file before the app is ready; without this it is lost.
 */
export function givenFilesQueue(): {
  readonly give: (path: string) => void;
  readonly attach: (open: (path: string) => void) => void;
} {
  const waiting: string[] = [];
  let opener: ((path: string) => void) | null = null;
  return {
    give: (path) => {
      if (opener) opener(path);
      else if (!waiting.includes(path)) waiting.push(path);
    },
    attach: (open) => {
      opener = open;
      for (const path of waiting.splice(0)) open(path);
    },
  };
}
