import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { threeHubSite } from '../helpers/three-hub-site';
import { expect, test } from './harness/fixtures';
import { loadStore, storeWith } from './harness/seed';

// axe-core, pinned in devDependencies, evaluated in the page through the DevTools protocol (the
// app's CSP forbids inline scripts, which is right for the app and irrelevant to the test).
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Finding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Serious and critical WCAG 2.x A/AA findings on the page as it is now. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
  });
}

const site = threeHubSite();

for (const theme of ['light', 'dark'] as const) {
  test(`axe: every area has no serious or critical violation (${theme})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const report: Record<string, Finding[]> = {};
    const scan = async (name: string) => {
      report[name] = await seriousFindings(page);
    };

    // No site yet: the questionnaire and the empty areas.
    const empty = JSON.parse(storeWith(site)) as { state: Record<string, unknown> };
    empty.state['site'] = null;
    empty.state['preferences'] = { theme };
    await loadStore(page, JSON.stringify(empty));
    await scan('site: new questionnaire');
    await page.getByRole('tab', { name: 'Servers' }).click();
    await scan('servers: no site');

    await loadStore(page, storeWith(site).replace('"theme":"light"', `"theme":"${theme}"`));
    await scan('site: summary');
    await page.getByRole('tab', { name: 'Servers' }).click();
    await scan('servers: dashboard');
    await page.locator('tr[data-unit]', { hasText: 'EX01' }).getByRole('button').first().click();
    await scan('servers: step 1');
    for (const name of [/Assign the SMTP/, /Trust the partner/, /send connector/]) {
      await page.locator('.step-list').getByRole('button', { name }).first().click();
      await scan(`servers: step ${String(name)}`);
    }
    await page.getByRole('button', { name: 'Enlarge the screen' }).click();
    await scan('servers: enlarged drawing');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: 'Skipped' }).click();
    await page
      .locator('.step-list')
      .getByRole('button', { name: /Final verification/ })
      .click();
    await scan('servers: leave warning');
    await page.getByRole('button', { name: 'Stay' }).click();
    await page.getByRole('button', { name: '← All servers' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    await scan('servers: trust matrix');
    for (const area of ['Certificates', 'Commands', 'Sign-off', 'Settings']) {
      await page.getByRole('tab', { name: area, exact: true }).click();
      await scan(area.toLowerCase());
    }
    await page.getByRole('tab', { name: 'Site', exact: true }).click();
    await page.getByRole('button', { name: 'Edit site' }).click();
    await scan('site: edit questionnaire');

    const found = Object.entries(report).filter(([, f]) => f.length > 0);
    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    expect(Object.keys(report).length).toBeGreaterThanOrEqual(14);
  });
}
