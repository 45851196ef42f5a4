import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { planFor } from '../../core/plan/plan';
import type { PlannedStep } from '../../core/plan/types';
import type { Site } from '../../core/site';
import { workUnits } from '../../renderer/features/checklist/units';
import { threeHubSite } from '../helpers/three-hub-site';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

/**
 * Screenshots of every kind of step screen (each console drawing, shell-only, no drawing) at the
 * sizes engineers use, for a person to look at: test-results/screens/steps/<size>/<kind>.png.
 */
const sizes = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, scale: 1, theme: 'light' },
  { name: '1093x582-at-125', ...laptop125, scale: laptop125.deviceScaleFactor, theme: 'light' },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, scale: 1, theme: 'light' },
  { name: 'dark-1093x582-at-125', ...laptop125, scale: laptop125.deviceScaleFactor, theme: 'dark' },
] as const;

interface Kind {
  readonly kind: string;
  readonly site: Site;
  readonly unitTitle: string;
  readonly index: number;
}

/** One step per kind, from three sites that between them use every drawing. */
function kinds(): Kind[] {
  const out = new Map<string, Kind>();
  for (const site of [
    threeHubSite(),
    fixtureSite('2016-2019-se-multi'),
    fixtureSite('2007-multi'),
  ]) {
    for (const unit of workUnits(planFor(site))) {
      unit.steps.forEach((step: PlannedStep, index) => {
        const kind = step.illustration ?? (step.shellOnly ? 'shell-only' : 'no-drawing');
        const key = step.shellOnly && step.illustration ? `${kind}-shell-only` : kind;
        if (!out.has(key)) out.set(key, { kind: key, site, unitTitle: unit.title, index });
      });
    }
  }
  return [...out.values()];
}

async function showStep(page: Page, k: Kind): Promise<void> {
  await page.getByRole('tab', { name: 'Servers' }).click();
  const back = page.getByRole('button', { name: '← All servers' });
  if (await back.isVisible()) await back.click();
  await page
    .locator('tr[data-unit]', { has: page.getByRole('button', { name: k.unitTitle, exact: true }) })
    .getByRole('button')
    .first()
    .click();
  // Where the list starts folded (narrow windows), open it to choose, then fold it again.
  const folded = (await page.locator('.step-list').count()) === 0;
  if (folded) await page.getByRole('button', { name: /Show the step list/ }).click();
  await page.locator('.step-link').nth(k.index).click();
  if (folded) {
    await page.getByRole('button', { name: 'Hide the step list' }).click();
    await page.locator('.step-screen h2.step-title').focus();
  }
  await expect(page.locator('.step-screen h2.step-title')).toBeFocused();
}

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.scale });
    test(`step screens at ${size.name}`, async ({ app }) => {
      test.setTimeout(240_000);
      const { page } = app;
      const dir = join('test-results', 'screens', 'steps', size.name);
      await mkdir(dir, { recursive: true });
      const all = kinds();
      // Every drawing a step uses, plus shell-only and no-drawing steps.
      expect(all.length).toBeGreaterThanOrEqual(16);
      expect(all.map((k) => k.kind)).toEqual(
        expect.arrayContaining([
          'emc-send-connector-domain-security',
          'steelhead-in-path-rules',
          'shell-only',
        ]),
      );
      let loaded: Site | null = null;
      for (const k of all) {
        if (loaded !== k.site) {
          await loadStore(
            page,
            storeWith(k.site).replace('"theme":"light"', `"theme":"${size.theme}"`),
          );
          loaded = k.site;
        }
        await showStep(page, k);
        await page.screenshot({ path: join(dir, `${k.kind}.png`) });
        // The drawing as the engineer sees it at this width (it may sit below the fold).
        const picture = page.locator('.step-picture');
        if ((await picture.count()) > 0)
          await picture.screenshot({ path: join(dir, `${k.kind}-drawing.png`) });
      }
      // The areas around the steps, at the same size.
      await page.getByRole('button', { name: '← All servers' }).click();
      await page.screenshot({ path: join(dir, 'area-dashboard.png') });
      await page.getByRole('button', { name: 'Trust matrix' }).click();
      await page.screenshot({ path: join(dir, 'area-trust-matrix.png') });
      for (const area of ['Site', 'Certificates', 'Commands', 'Sign-off', 'Settings']) {
        await page.getByRole('tab', { name: area, exact: true }).click();
        await page.screenshot({ path: join(dir, `area-${area.toLowerCase()}.png`) });
      }
      expect(app.problems).toEqual([]);
    });
  });
}
