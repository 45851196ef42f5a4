import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { bundleRecordOf } from '../../../core/certificates/bundle-state';
import { contract, type ArgsOf } from '../../../core/ipc/contract';
import type { Handlers } from '../../../core/ipc/dispatch';
import { planFor } from '../../../core/plan';
import type { Site } from '../../../core/site';
import { buildSiteFile, parseSiteFile, serializeSiteFile } from '../../../core/site-file';
import { createHandlers } from '../../../electron/services/channels';
import { HubStates } from '../../../renderer/features/certificates/hub-states';
import { createExportsSlice, type ExportsSlice } from '../../../renderer/store/slices/exports';
import { fixtureSite } from '../../helpers/fixture-site';
import { testHandlerDeps } from '../../helpers/handler-deps';

/**
 * The Certificates table and the export decide "stale" with one rule. For every hub, in every
 * scenario: the table says "stale" exactly when the export refuses the hub; "exported" exactly
 * when exporting again would write the very bundle the stick holds; "bundle-stale" when it
 * would write another one (new partner, new script, new site CA).
 */
const PW = 'Parity-Test-Password-8';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function app() {
  const dir = mkdtempSync(join(tmpdir(), 'parity-'));
  dirs.push(dir);
  const h = createHandlers(testHandlerDeps(dir));
  const call = <C extends keyof Handlers>(c: C, a: ArgsOf<C>) =>
    (h[c] as (x: unknown) => Promise<unknown>)(contract[c].args.parse(a)) as ReturnType<
      Handlers[C]
    >;
  const store = createStore<ExportsSlice>()(createExportsSlice);
  return { dir, call, store };
}
type App = ReturnType<typeof app>;

async function generate(
  a: App,
  site: Site,
  hubIds = site.hubs.map((x) => x.id),
  replaceSiteCa = false,
) {
  const r = await a.call('cert:generate', {
    site,
    hubIds,
    password: PW,
    passwordRepeat: PW,
    replaceSiteCa,
  });
  expect(r.hubs.map((x) => x.hubId)).toEqual(hubIds);
  expect(r.hubs.filter((x) => !x.ok)).toEqual([]);
}

/** Exports to the picked folder as the export panel does, recording what main reports. */
async function exportAll(a: App, site: Site) {
  await a.call('folder:pick', { purpose: 'export' });
  const r = await a.call('bundle:export', { folder: a.dir, site, overwrite: true });
  a.store.getState().recordExport(r.bundles, a.dir, new Date());
  return r;
}

/** What the table shows per hub: the data-state of each row, as the app renders it. */
async function tableStates(a: App, site: Site): Promise<Record<string, string>> {
  const list = await a.call('cert:list', {});
  const html = renderToStaticMarkup(
    createElement(HubStates, {
      plan: planFor(site),
      list,
      exports: a.store.getState().exports,
      now: new Date(),
    }),
  );
  return Object.fromEntries(
    [...html.matchAll(/data-hub="([^"]+)" data-state="([^"]+)"/gu)].map((m) => [m[1]!, m[2]!]),
  );
}

/** What the export does per hub: refuses it, or would write the bundle the stick has, or another. */
async function exportVerdicts(a: App, site: Site): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const list = await a.call('cert:list', {});
  for (const hub of site.hubs) {
    if (!list.hubs.some((c) => c.hubId === hub.id)) {
      out[hub.id] = 'none';
      continue;
    }
    await a.call('folder:pick', { purpose: 'export' });
    try {
      const r = await a.call('bundle:export', {
        folder: a.dir,
        site,
        hubIds: [hub.id],
        overwrite: true,
      });
      // Not recorded: this export only asks what a new one would write.
      const recorded = a.store.getState().exports[hub.id];
      const now = bundleRecordOf(r.bundles[0]!);
      const same = (Object.keys(now) as (keyof typeof now)[]).every(
        (k) => recorded?.[k] === now[k],
      );
      out[hub.id] =
        recorded?.thumbprint !== now.thumbprint ? 'generated' : same ? 'exported' : 'bundle-stale';
    } catch (e) {
      const err = (e as { appError?: { code: string; message: string } }).appError;
      expect(err?.code, String(e)).toBe('certificate-stale');
      expect(err?.message).toContain(hub.fqdn);
      out[hub.id] = 'stale';
    }
  }
  return out;
}

async function expectParity(a: App, site: Site): Promise<Record<string, string>> {
  const table = await tableStates(a, site);
  expect(Object.keys(table).sort()).toEqual(site.hubs.map((h) => h.id).sort());
  expect(await exportVerdicts(a, site)).toEqual(table);
  return table;
}

describe('Certificates table vs export: one staleness rule', () => {
  it('site CA mode: renaming the site (the CA name changes), then regenerating one hub', async () => {
    const a = app();
    const site = fixtureSite('2013-multi', { siteCa: true });
    await generate(a, site);
    await exportAll(a, site);
    expect(Object.values(await expectParity(a, site))).toEqual([
      'exported',
      'exported',
      'exported',
    ]);

    const renamed: Site = { ...site, customer: { ...site.customer, siteName: 'New name' } };
    // Every hub is signed by a root under the old name: stale on the table and for the export.
    expect(Object.values(await expectParity(a, renamed))).toEqual(['stale', 'stale', 'stale']);

    // The renamed site needs a new root: the engineer ticks "Replace the site CA".
    await generate(a, renamed, ['hub-1'], true);
    const after = await expectParity(a, renamed);
    expect(after).toEqual({ 'hub-1': 'generated', 'hub-2': 'stale', 'hub-3': 'stale' });
  });

  it('importing a site file that adds a partner hub: the existing bundles lack it', async () => {
    const a = app();
    const site = fixtureSite('2013-multi');
    await generate(a, site);
    await exportAll(a, site);
    expect(Object.values(await expectParity(a, site))).toEqual([
      'exported',
      'exported',
      'exported',
    ]);

    const mx2 = { ...site.hubs[1]!, id: 'hub-4', fqdn: 'mx2.fabrikam.local', netbiosName: 'MX2' };
    const file = serializeSiteFile(
      buildSiteFile({ ...site, hubs: [...site.hubs, mx2] }, {}, new Date()),
    );
    const imported = parseSiteFile(file);
    if (!imported.ok) throw new Error(imported.error.message);
    const grown = imported.value.site;

    // Before MX2 has a certificate: the contoso hubs' scripts now trust it, so their sticks are out of date.
    const before = await expectParity(a, grown);
    expect(before['hub-1']).toBe('bundle-stale');
    expect(before['hub-3']).toBe('bundle-stale');
    expect(before['hub-4']).toBe('none');

    // Once MX2 has one, it belongs in their folders too; the table says so, and the export agrees.
    await generate(a, grown, ['hub-4']);
    const after = await expectParity(a, grown);
    expect(after).toMatchObject({
      'hub-1': 'bundle-stale',
      'hub-3': 'bundle-stale',
      'hub-4': 'generated',
    });

    // Exporting again brings every stick up to date.
    await exportAll(a, grown);
    expect(Object.values(await expectParity(a, grown))).toEqual(grown.hubs.map(() => 'exported'));
  });
});
