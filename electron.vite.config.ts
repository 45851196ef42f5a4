import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { DEVELOPMENT_CSP, PRODUCTION_CSP } from './core/security/csp';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
};

/** Main, preload (CommonJS: sandboxed preloads cannot load ES modules) and renderer builds. */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The inspection worker is its own entry: inspect-off-thread.ts starts it from beside index.js.
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/main.ts'),
          'inspect-worker': resolve(root, 'electron/services/pki/inspect-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    // What About shows: the version and when this renderer was built.
    define: {
      __RUNBOOK_VERSION__: JSON.stringify(version),
      __RUNBOOK_BUILT_AT__: JSON.stringify(new Date().toISOString()),
    },
    plugins: [
      react(),
      {
        name: 'runbook-csp',
        transformIndexHtml: {
          order: 'pre',
          handler: (html, ctx) =>
            html.replace('%RUNBOOK_CSP%', ctx.server ? DEVELOPMENT_CSP : PRODUCTION_CSP),
        },
      },
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the bundle is about a third of
      // the size and loads faster (npm run bench -- renderer compares both).
      minify: true,
      // One chunk on purpose: the app loads from disk, so splitting saves no download.
      chunkSizeWarningLimit: 1024,
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
