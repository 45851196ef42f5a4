import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { fixtureSite, loadStore, storeWith } from '../e2e/harness/seed';
import { serveRenderer } from '../e2e/harness/static-server';
import { launchChromium } from '../helpers/chromium';
import { largeSite, progressFor } from '../helpers/large-site';
import { formatRatio, formatSummary, summarise } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const FRAME_MS = 1000 / 60;

/** Time from a click on "Done"/"To do" to the next painted frame, measured inside the page. */
// A string, not a function: tsx would inject its `__name` helper, which the page does not have.
const TOGGLE_SCRIPT = `async (n) => {
  const work = [];
  const frame = [];
  for (let i = 0; i < n + 2; i += 1) {
    const name = i % 2 === 0 ? 'Done' : 'To do';
    const radio = document.querySelector('.status-radios [aria-label="' + name + '"]');
    if (!radio) throw new Error('no status radio');
    await new Promise((r) => setTimeout(r, 30));
    const started = performance.now();
    radio.click(); // React commits a discrete event synchronously
    const committed = performance.now();
    const painted = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    if (i >= 2) {
      work.push(committed - started);
      frame.push(painted - started);
    }
  }
  return { work, frame };
}`;

interface Times {
  /** Click handler + store update + React commit: the work that competes with the frame. */
  readonly work: number[];
  /** Until the next frame starts (includes waiting for vsync). */
  readonly frame: number[];
}

/** Times from a click on "Done"/"To do", measured inside the page. */
async function toggleTimes(page: Page, runs: number): Promise<Times> {
  return page.evaluate(`(${TOGGLE_SCRIPT})(${runs})`) as Promise<Times>;
}

async function measure(origin: string, blob: string): Promise<Times> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${origin}/index.html`);
    await loadStore(page, blob);
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').click();
    await page.locator('.status-radios').waitFor();
    return await toggleTimes(page, RUNS);
  } finally {
    await browser.close();
  }
}

/**
 * Toggling one step's status on a 64-hub site (the most a site holds) with 25 finished steps per hub (1,600 records,
 * every one persisted on each change) against the same toggle on a 3-hub site, in Chromium.
 */
export async function benchChecklistToggle(): Promise<string[]> {
  const server = await serveRenderer(join(import.meta.dirname, '../../out/renderer'));
  try {
    const bigSite = largeSite(64, 8);
    const bigBlob = storeWith(bigSite, progressFor(bigSite, 25));
    const small = fixtureSite('2016-2019-se-multi');
    const smallBlob = storeWith(small, progressFor(small, 25));
    const big = await measure(server.origin, bigBlob);
    const smallTimes = await measure(server.origin, smallBlob);
    const s = summarise(big.work);
    return [
      formatSummary('toggle a step, 64 hubs x 25 done steps: click to React commit', s),
      formatSummary(
        'toggle a step, 64 hubs x 25 done steps: click to next frame start',
        summarise(big.frame),
      ),
      formatSummary('toggle a step, 3-hub site: click to React commit', summarise(smallTimes.work)),
      formatRatio('64-hub vs 3-hub toggle (commit)', big.work, smallTimes.work),
      `64-hub toggle work vs one 60 Hz frame (${FRAME_MS.toFixed(1)} ms): median ${(s.median / FRAME_MS).toFixed(2)}, p90 ${(s.p90 / FRAME_MS).toFixed(2)} of a frame (the save runs in the next task, after the paint)`,
    ];
  } finally {
    await server.close();
  }
}
