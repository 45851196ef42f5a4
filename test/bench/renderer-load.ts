import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { serveRenderer } from '../e2e/harness/static-server';
import { launchChromium } from '../helpers/chromium';
import { formatRatio, formatSummary, summarise } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);

/**
 * Cold load of the production renderer to interactive (the navigation is focusable) in Debian's
 * Chromium, against a blank page served and loaded the same way, interleaved run by run.
 */
export async function benchRendererLoad(): Promise<string[]> {
  const root = join(import.meta.dirname, '../../out/renderer');
  const blankRoot = await mkdtemp(join(tmpdir(), 'bench-blank-'));
  await writeFile(
    join(blankRoot, 'index.html'),
    '<!doctype html><title>blank</title><button>ok</button>',
  );
  const app = await serveRenderer(root);
  const blank = await serveRenderer(blankRoot);
  const browser = await launchChromium();
  const ours: number[] = [];
  const peer: number[] = [];
  try {
    for (let i = 0; i < RUNS + 2; i += 1) {
      for (const which of ['app', 'blank'] as const) {
        const context = await browser.newContext(); // fresh profile: no cache, no storage
        const page = await context.newPage();
        const started = performance.now();
        if (which === 'app') {
          await page.goto(`${app.origin}/index.html`);
          await page.getByRole('tab', { name: 'Site' }).waitFor({ state: 'visible' });
        } else {
          await page.goto(`${blank.origin}/index.html`);
          await page.getByRole('button', { name: 'ok' }).waitFor({ state: 'visible' });
        }
        const elapsed = performance.now() - started;
        if (i >= 2) (which === 'app' ? ours : peer).push(elapsed); // two warm-up rounds
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await blank.close();
    await rm(blankRoot, { recursive: true, force: true });
  }
  return [
    formatSummary('renderer cold load to interactive', summarise(ours)),
    formatSummary('blank page, same server and browser', summarise(peer)),
    formatRatio('renderer vs blank page', ours, peer),
  ];
}
