import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  dependencies?: Record<string, string>;
};
const deps = Object.keys(pkg.dependencies ?? {});

/** A package or any of its subpaths (zod, zod/v4, node-forge/lib/...). */
const isExternal = (id: string): boolean =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

/** Builds cli/index.ts into out/cli/index.js: one ESM Node script with a shebang. */
export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: true,
    rollupOptions: {
      // The inspection worker is its own entry: inspect-off-thread.ts starts it from beside index.js.
      input: {
        index: 'cli/index.ts',
        'inspect-worker': 'electron/services/pki/inspect-worker.ts',
      },
      external: isExternal,
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'index' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
