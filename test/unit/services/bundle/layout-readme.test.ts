import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubBundleLayout, windowsPath } from '../../../../core/certificates/bundle-layout';
import {
  bundlePartners,
  certsByHub,
  currentCertificates,
} from '../../../../core/certificates/bundle-state';
import { pfxProfileLabel } from '../../../../core/certificates/profile';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { siteCaPolicy } from '../../../../core/certificates/site-ca';
import { hubRunbook, installScript, planFor } from '../../../../core/plan';
import type { Site } from '../../../../core/site';
import { exportBundle } from '../../../../electron/services/bundle/export';
import { generateHub, generateSiteCa } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { fixtureSite } from '../../../helpers/fixture-site';

const PW = 'Layout-Test-Password-6';
const fx = {
  now: () => new Date('2026-11-28T12:00:00Z'),
  randomBytes: (n: number) => randomBytes(n),
};
const site: Site = fixtureSite('2013-multi', { siteCa: true });
const vault = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });
const out = mkdtempSync(join(tmpdir(), 'layout-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex').toUpperCase();
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('/').join('\\'))
    .sort();

let result: Awaited<ReturnType<typeof exportBundle>>;
beforeAll(async () => {
  const ca = await generateSiteCa(siteCaPolicy(site), fx);
  vault.setCa(ca);
  // hub-3 gets no certificate: hub-2 must trust it, so its folder lacks it (with a warning).
  for (const h of site.hubs.slice(0, 2))
    vault.put(h.id, await generateHub(certificateRequestFor(site, h), PW, fx, ca), PW);
  result = await exportBundle(
    site,
    vault,
    { folder: out, hubIds: [], overwrite: false, includePemKey: true, pemKeyUnencrypted: false },
    { now: fx.now },
  );
});

describe('the stick follows core’s layout', () => {
  it("each hub's folder holds exactly the layout's files, secret ones as the layout says", () => {
    const certs = certsByHub(vault.list());
    for (const hub of site.hubs.slice(0, 2)) {
      const partners = bundlePartners(
        site,
        hub,
        currentCertificates(site, certs, vault.getCa()!.metadata),
      ).map((p) => p.hub);
      const layout = hubBundleLayout(hub, { partners, siteCa: true, pemKey: 'encrypted' });
      expect(filesUnder(join(out, hub.fqdn))).toEqual(layout.map(windowsPath).sort());
      const secret = result.files.filter((f) => f.secret && f.path.includes(hub.fqdn));
      expect(
        secret.map((f) => relative(join(out, hub.fqdn), f.path).split('/').join('\\')).sort(),
      ).toEqual(
        layout
          .filter((e) => e.secret)
          .map(windowsPath)
          .sort(),
      );
    }
  });

  it('bundle:export reports exactly the certificates that went into each folder', () => {
    expect(result.bundles.map((b) => b.hubId)).toEqual(['hub-1', 'hub-2']);
    for (const b of result.bundles) {
      const hub = site.hubs.find((h) => h.id === b.hubId)!;
      const pub = join(out, hub.fqdn, 'public');
      expect(sha1(readFileSync(join(pub, `${hub.fqdn}.cer`)))).toBe(b.thumbprint);
      expect(sha1(readFileSync(join(pub, 'site-ca.cer')))).toBe(b.siteCa);
      const partnerFiles = readdirSync(pub).filter(
        (n) => n.endsWith('.cer') && n !== `${hub.fqdn}.cer` && n !== 'site-ca.cer',
      );
      expect(
        b.partners.map((p) => `${site.hubs.find((h) => h.id === p.hubId)!.fqdn}.cer`).sort(),
      ).toEqual(partnerFiles.sort());
      for (const p of b.partners) {
        const peer = site.hubs.find((h) => h.id === p.hubId)!;
        expect(sha1(readFileSync(join(pub, `${peer.fqdn}.cer`)))).toBe(p.thumbprint);
      }
    }
    // hub-2 must trust hub-3, which has no certificate: left out, and said so.
    expect(result.bundles[1]!.partners.map((p) => p.hubId)).toEqual(['hub-1']);
    expect(result.warnings.join('\n')).toMatch(
      /mx1\.fabrikam\.local must trust ex02\.contoso\.local, which has no certificate yet/,
    );
  });

  it("the README lists every file with its purpose and the hub's planned steps in order", () => {
    const plan = planFor(site);
    for (const hub of site.hubs.slice(0, 2)) {
      const readme = readFileSync(join(out, hub.fqdn, 'README.txt'), 'utf8');
      expect(readme).toMatch(/\r\n/u);
      const certs = certsByHub(vault.list());
      const partners = bundlePartners(
        site,
        hub,
        currentCertificates(site, certs, vault.getCa()!.metadata),
      ).map((p) => p.hub);
      for (const e of hubBundleLayout(hub, { partners, siteCa: true, pemKey: 'encrypted' })) {
        const line = readme
          .split('\r\n')
          .find((l) => l.trimStart().startsWith(`${windowsPath(e)} `));
        expect(line, windowsPath(e)).toBeDefined();
        expect(line).toContain(e.purpose);
        expect(line!.includes('SECRET.')).toBe(e.secret);
      }
      const steps = hubRunbook(plan, hub.id);
      expect(steps.length).toBeGreaterThan(3);
      // The README's numbers are the install script's: the number printed before a step is the
      // one "STOPPED in step N" shows and -StartAt takes; steps done by hand carry no number.
      const script = installScript(site, hub.id, { now: new Date(0) });
      if (!script.ok) throw new Error(script.error.message);
      const scriptKeys = [...script.value.content.matchAll(/Start-RunbookStep '([^']*)'/gu)].map(
        (m) => m[1]!,
      );
      expect(scriptKeys.length).toBeGreaterThan(0);
      let at = readme.indexOf('WHAT TO DO');
      let byHand = 0;
      steps.forEach((s) => {
        const n = scriptKeys.indexOf(s.key);
        const line =
          n >= 0
            ? `${String(n + 1).padStart(2)}. ${s.title} (${s.runOn})`
            : `--  ${s.title} (${s.runOn})`;
        if (n < 0) byHand += 1;
        const next = readme.indexOf(line, at);
        expect(next, `${s.key}: ${line}`).toBeGreaterThan(at);
        at = next;
      });
      expect(byHand, 'a fixture with a step done by hand').toBeGreaterThan(0);
      expect(readme).toContain(pfxProfileLabel(vault.get(hub.id)!.profile));
    }
  });
});
