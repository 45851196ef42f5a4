import type { GenerationProgress } from '../certificates/metadata';

/**
 * The taskbar (Windows) or dock (macOS) progress for a generation: the fraction of hubs finished,
 * or -1 (Electron's "no progress bar") once every hub is done. Mode 'error' when a hub failed.
 */
export function taskbarProgress(p: GenerationProgress): {
  readonly fraction: number;
  readonly mode: 'normal' | 'error';
} {
  const mode = p.stage === 'failed' ? 'error' : 'normal';
  if (p.total <= 0 || p.done >= p.total) return { fraction: -1, mode };
  return { fraction: Math.max(0, Math.min(1, p.done / p.total)), mode };
}

/** The marker a portable build looks for beside its executable to keep its data there. */
export const PORTABLE_MARKER = 'portable-data.txt';

/**
 * Where a portable build keeps its data: beside the executable (electron-builder's portable
 * wrapper names that folder in PORTABLE_EXECUTABLE_DIR) when the marker file is there, so the app
 * and its saved sites travel on the stick together; otherwise null (the OS's app-data folder).
 */
export function portableDataDir(
  portableExecutableDir: string | undefined,
  markerPresent: (dir: string) => boolean,
): string | null {
  if (!portableExecutableDir) return null;
  if (!markerPresent(portableExecutableDir)) return null;
  const sep = portableExecutableDir.includes('\\') ? '\\' : '/';
  return `${portableExecutableDir.replace(/[\\/]+$/u, '')}${sep}Secure SMTP Runbook data`;
}
