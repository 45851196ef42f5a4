import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { serveRenderer } from '../e2e/harness/static-server';
import { launchChromium } from '../helpers/chromium';
import { formatRatio, formatSummary, summarise } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);

/**
 * Builds the renderer exactly as `npm run build` does (electron-vite's resolved renderer config),
 * into `outDir`, with or without minification: the only difference between the two twins.
 */
async function buildRenderer(outDir: string, minify: boolean): Promise<void> {
  const resolved = await resolveConfig(
    { configFile: 'electron.vite.config.ts' },
    'build',
    'production',
  );
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer build');
  await build({
    ...renderer,
    logLevel: 'warn',
    build: { ...renderer.build, outDir, emptyOutDir: true, minify },
  });
}

/** Total bytes of the built JavaScript. */
async function scriptBytes(root: string): Promise<number> {
  const assets = join(root, 'assets');
  let total = 0;
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js')) total += (await stat(join(assets, name))).size;
  }
  return total;
}

/**
 * Cold load to interactive (the navigation is focusable) in Debian's Chromium: the production
 * renderer (minified, as shipped) and its unminified twin (electron-vite's default), each against
 * a blank page served and loaded the same way, the three interleaved run by run.
 */
export async function benchRendererLoad(): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-renderer-'));
  const minifiedRoot = join(work, 'minified');
  const plainRoot = join(work, 'unminified');
  const blankRoot = join(work, 'blank');
  await buildRenderer(minifiedRoot, true);
  await buildRenderer(plainRoot, false);
  await mkdir(blankRoot);
  await writeFile(
    join(blankRoot, 'index.html'),
    '<!doctype html><title>blank</title><button>ok</button>',
  );
  const servers = {
    minified: await serveRenderer(minifiedRoot),
    unminified: await serveRenderer(plainRoot),
    blank: await serveRenderer(blankRoot),
  };
  const times: Record<keyof typeof servers, number[]> = { minified: [], unminified: [], blank: [] };
  const browser = await launchChromium();
  try {
    for (let i = 0; i < RUNS + 2; i += 1) {
      for (const which of ['minified', 'unminified', 'blank'] as const) {
        const context = await browser.newContext(); // fresh profile: no cache, no storage
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${servers[which].origin}/index.html`);
        if (which === 'blank') await page.getByRole('button', { name: 'ok' }).waitFor();
        else await page.getByRole('tab', { name: 'Site' }).waitFor({ state: 'visible' });
        const elapsed = performance.now() - started;
        if (i >= 2) times[which].push(elapsed); // two warm-up rounds
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }
  const kb = async (root: string) => `${((await scriptBytes(root)) / 1024).toFixed(0)} KiB`;
  const sizes = `script size: minified ${await kb(minifiedRoot)}, unminified ${await kb(plainRoot)}`;
  await rm(work, { recursive: true, force: true });
  return [
    sizes,
    formatSummary(
      'minified renderer (shipped) cold load to interactive',
      summarise(times.minified),
    ),
    formatSummary('unminified renderer (electron-vite default)', summarise(times.unminified)),
    formatSummary('blank page, same server and browser', summarise(times.blank)),
    formatRatio('minified vs blank page', times.minified, times.blank),
    formatRatio('unminified vs blank page', times.unminified, times.blank),
    formatRatio('minified vs unminified', times.minified, times.unminified),
  ];
}
