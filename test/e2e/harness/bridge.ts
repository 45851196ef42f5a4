import { buildSync } from 'esbuild';
import { join } from 'node:path';

let cached: string | null = null;

/** The init script that plays the preload's part in Chromium (bundled once per worker). */
export function bridgeScript(): string {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [join(import.meta.dirname, 'bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('bridge bundle failed');
  cached = file.text;
  return cached;
}
