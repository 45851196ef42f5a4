import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installScript, planFor, renderPlanText, renderShellCommands } from '../../../../core/plan';
import { fixtureNames, siteFixture } from '../site/load-fixture';

/** Reviewed outputs live in test/fixtures/golden/<fixture>/; UPDATE_GOLDEN=1 rewrites them. */
const root = fileURLToPath(new URL('../../../fixtures/golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const now = new Date('2026-11-28T21:00:00Z');

function golden(path: string, actual: string): void {
  const file = `${root}${path}`;
  if (update) {
    mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(fixtureNames)('golden outputs for %s', (name) => {
  const site = siteFixture(name);
  const plan = planFor(site);

  it('plan text', () => {
    golden(`${name}/plan.txt`, renderPlanText(plan));
  });

  it.each(site.hubs.map((h) => [h.netbiosName, h.id] as const))(
    'install script for %s',
    (_n, hubId) => {
      const r = installScript(site, hubId, { now });
      if (!r.ok) throw new Error(r.error.message);
      golden(`${name}/${r.value.fileName}`, r.value.content);
    },
  );

  it.each(site.hubs.map((h) => [h.netbiosName, h.id] as const))(
    'cmd and sh listings for %s',
    (n, hubId) => {
      golden(`${name}/${n.toLowerCase()}.cmd.txt`, renderShellCommands(plan, hubId, 'cmd'));
      golden(`${name}/${n.toLowerCase()}.sh.txt`, renderShellCommands(plan, hubId, 'sh'));
    },
  );
});
