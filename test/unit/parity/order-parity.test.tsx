// @vitest-environment happy-dom
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import {
  allSteps,
  hubRunbook,
  installScript,
  planFor,
  renderPlanText,
  renderShellCommands,
} from '../../../core/plan';
import type { Shell } from '../../../core/quote';
import { validateSite, type Site } from '../../../core/site';
import { StepList } from '../../../renderer/features/checklist/step-list';
import { workUnits } from '../../../renderer/features/checklist/units';
import { CommandsArea } from '../../../renderer/features/commands/commands-area';
import { fixtureSite } from '../../helpers/fixture-site';
import { freshStore, renderWithStore } from '../../helpers/render-ui';
import { fixtureNames } from '../core/site/load-fixture';

const now = new Date('2026-11-28T21:00:00Z');

/** Step keys in the order a text names them, by the pattern that captures one per line. */
const keysIn = (text: string, pattern: RegExp): string[] =>
  text.split(/\r?\n/u).flatMap((l) => {
    const m = pattern.exec(l);
    return m?.[1] ? [m[1]] : [];
  });

/** The install script names each step once: in its Start-RunbookStep call or its "not in" line. */
function installKeys(text: string): string[] {
  return text.split('\r\n').flatMap((l) => {
    const run = /^if \(Start-RunbookStep '([^']+)'/u.exec(l);
    const skip = /^# not in this script: .* \[([^\]]+)\]; see the checklist$/u.exec(l);
    return run?.[1] ? [run[1]] : skip?.[1] ? [skip[1]] : [];
  });
}
const listingKeys = (text: string, shell: Exclude<Shell, 'powershell'>) =>
  // cmd prints the key in double quotes, where its `>` is literal (render-commands.ts).
  keysIn(
    text,
    shell === 'cmd' ? /^REM .* \[key "([^"]+@[^"]+)"\]$/u : /^# .* \[([^\]]+@[^\]]+)\]$/u,
  );
const planTextKeys = (text: string) => keysIn(text, /\bkey: (\S+)$/u);

/** The keys both lists share, in each list's order: equal when the two never disagree on order. */
function expectSameOrder(a: readonly string[], b: readonly string[], what: string): void {
  const inB = new Set(b);
  const inA = new Set(a);
  const shared = a.filter((k) => inB.has(k));
  expect(shared.length, `${what}: too few shared steps to compare`).toBeGreaterThan(1);
  expect(shared, what).toEqual(b.filter((k) => inA.has(k)));
}

async function cli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => now,
  });
  expect(code, err.join('\n')).toBe(0);
  return out.join('\n');
}

/** 2013-multi with EX02 moved to a third forest: three forest trusts, three organisations. */
function threeForests(): Site {
  const base = fixtureSite('2013-multi');
  const hubs = base.hubs.map((h) =>
    h.id === 'hub-3'
      ? {
          ...h,
          fqdn: 'ex02.northwind.local',
          adDomain: 'northwind.local',
          forest: 'northwind.local',
          smtpDomain: 'northwind.com',
        }
      : h,
  );
  const site = validateSite({ ...base, hubs });
  if (!site.ok) throw new Error(site.error.message);
  return site.value;
}

const cases: [string, Site][] = [
  ...fixtureNames.flatMap((name): [string, Site][] => [
    [name, fixtureSite(name)],
    [`${name} (site CA)`, fixtureSite(name, { siteCa: true })],
  ]),
  ['2013-multi across three forests', threeForests()],
];

describe.each(cases)('%s: every surface lists steps in the one working order', (name, site) => {
  const plan = planFor(site);
  const order = allSteps(plan).map((s) => s.key);
  const file = join(mkdtempSync(join(tmpdir(), 'order-parity-')), 'site.json');
  writeFileSync(file, JSON.stringify(site));

  it('plan text (app and CLI) and the dashboard follow allSteps', async () => {
    expect(planTextKeys(renderPlanText(plan))).toEqual(order);
    expect(planTextKeys(await cli('plan', '--site', file))).toEqual(order);
    const units = workUnits(plan);
    expect(units.flatMap((u) => u.steps.map((s) => s.key)).sort()).toEqual([...order].sort());
    for (const unit of units) {
      const keys = unit.steps.map((s) => s.key);
      expect(keys, `${name} ${unit.id}`).toEqual(order.filter((k) => keys.includes(k)));
    }
  });

  it("each unit's step list (the checklist's left column) shows its steps in the one order", () => {
    const store = freshStore();
    for (const unit of workUnits(plan)) {
      const { container, unmount } = renderWithStore(
        store,
        <StepList unit={unit} progress={{}} currentKey={null} onSelect={() => {}} />,
      );
      const shown = [...container.querySelectorAll('[data-step-link]')].map((b) =>
        b.getAttribute('data-step-link'),
      );
      unmount();
      const keys = new Set(unit.steps.map((s) => s.key));
      expect(shown, `${name} ${unit.id}`).toEqual(order.filter((k) => keys.has(k)));
    }
  });

  it.each(site.hubs.map((h) => [h.netbiosName, h.id] as const))(
    "%s: install script, cmd and sh listings (app and CLI) and the hub's dashboard row agree",
    async (netbios, hubId) => {
      const runbook = hubRunbook(plan, hubId);
      const want = runbook.map((s) => s.key);
      const script = installScript(site, hubId, { now });
      if (!script.ok) throw new Error(script.error.message);
      expect(installKeys(script.value.content)).toEqual(want);
      expect(
        installKeys(`${await cli('commands', '--site', file, '--server', netbios)}\r\n`),
      ).toEqual(want);
      for (const shell of ['cmd', 'sh'] as const) {
        const has = runbook.filter((s) => s.commands.some((c) => c.shell === shell));
        const expected = has.map((s) => s.key);
        // Two empty lists would agree on nothing: every hub's listing has a step in both shells.
        expect(expected.length, `${shell}: steps with ${shell} commands`).toBeGreaterThan(0);
        const listed = listingKeys(renderShellCommands(plan, hubId, shell), shell);
        expect(listed, `${shell} listing`).toEqual(expected);
        const fromCli = listingKeys(
          await cli('commands', '--site', file, '--server', netbios, '--shell', shell),
          shell,
        );
        expect(fromCli, `${shell} from the CLI`).toEqual(expected);
      }
      // The dashboard row holds every step the plan gives this hub, none dropped or added, in the
      // script's order.
      const row = workUnits(plan).find((u) => u.id === `hub:${hubId}`);
      const own = plan.hubs.find((h) => h.hubId === hubId)!.steps.map((s) => s.key);
      expect(own.length).toBeGreaterThan(3);
      expect(
        row?.steps.map((s) => s.key),
        `${name} ${netbios}: dashboard row vs script`,
      ).toEqual(want.filter((k) => own.includes(k)));
      expect(new Set(row?.steps.map((s) => s.key))).toEqual(new Set(own));
      expectSameOrder(want, order, `${name} ${netbios}: script vs plan text`);
    },
  );
});

describe('the Commands area shows the same listings', () => {
  it('for the first hub: install script, cmd and sh in runbook order', () => {
    const site = fixtureSite('2013-multi');
    const plan = planFor(site);
    const store = freshStore();
    store.getState().commitSite(site);
    const { container, unmount } = renderWithStore(store, <CommandsArea />);
    const hubId = site.hubs[0]!.id;
    const runbook = hubRunbook(plan, hubId);
    const shown = () =>
      container.querySelector('[data-testid="generated-commands"]')?.textContent ?? '';
    const press = (label: RegExp) => {
      const button = [...container.querySelectorAll('button')].find((b) =>
        label.test(b.textContent ?? ''),
      );
      expect(button, String(label)).toBeDefined();
      act(() => button?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    };
    expect(installKeys(shown())).toEqual(runbook.map((s) => s.key));
    press(/^certutil \(cmd\)$/u);
    expect(listingKeys(shown(), 'cmd').length).toBeGreaterThan(0);
    expect(listingKeys(shown(), 'cmd')).toEqual(
      runbook.filter((s) => s.commands.some((c) => c.shell === 'cmd')).map((s) => s.key),
    );
    press(/^openssl \(sh\)$/u);
    expect(listingKeys(shown(), 'sh').length).toBeGreaterThan(0);
    expect(listingKeys(shown(), 'sh')).toEqual(
      runbook.filter((s) => s.commands.some((c) => c.shell === 'sh')).map((s) => s.key),
    );
    unmount();
  });
});
