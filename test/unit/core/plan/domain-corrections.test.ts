import { describe, expect, it } from 'vitest';
import { opensslCommands, verifyTrustCommand } from '../../../../core/commands';
import { certificateSpecFor } from '../../../../core/certificates/spec';
import { hubBundleLayout } from '../../../../core/certificates/bundle-layout';
import {
  allSteps,
  hubRunbook,
  installScript,
  planFor,
  renderShellCommands,
  type PlannedStep,
} from '../../../../core/plan';
import {
  defaultWindowsFor,
  supportedWindows,
  validateSite,
  type Site,
} from '../../../../core/site';
import { rawSiteFixture } from '../site/load-fixture';

/*
 * The seven "would fail or misconfigure" findings of issue 9, each pinned on the output the
 * engineer gets (install script, listings, plan steps), not on a helper.
 */

const now = new Date('2026-11-28T21:10:00Z');

function site(raw: Record<string, unknown>): Site {
  const r = validateSite(raw);
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

function withHubs(
  name: string,
  edit: (hubs: Record<string, unknown>[]) => Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const raw = rawSiteFixture(name);
  return { ...raw, hubs: edit(raw.hubs as Record<string, unknown>[]), ...extra };
}

function script(s: Site, hubId: string): string {
  const r = installScript(s, hubId, { now });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.content;
}

/** The script text before the first step block: what runs under -WhatIf and before any change. */
function preamble(text: string): string {
  const at = text.indexOf('if (Start-RunbookStep ');
  expect(at).toBeGreaterThan(0);
  return text.slice(0, at);
}

const stepsOf = (s: Site, id: string): PlannedStep[] =>
  allSteps(planFor(s)).filter((x) => x.stepId === id);

describe('1. anonymous Internet mail is never cut off by a default', () => {
  it('a 2007/2010 hub with no answer to "carries Internet mail" gets no install script', () => {
    for (const name of ['2007-multi', '2010-sp1-multi']) {
      const s = site(
        withHubs(name, (hubs) =>
          hubs.map((h) => {
            const { receiveConnectorInternetFacing: _gone, ...rest } = h;
            return rest;
          }),
        ),
      );
      const r = installScript(s, 'hub-1', { now });
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.field).toBe('hubs.0.receiveConnectorInternetFacing');
        expect(r.error.message).toMatch(/Internet mail/u);
      }
    }
  });

  it('an unanswered hub has neither connector path planned, but a blocking warning', () => {
    const s = site(
      withHubs('2010-sp1-multi', (hubs) =>
        hubs.map((h) => ({ ...h, receiveConnectorInternetFacing: null })),
      ),
    );
    const perms = stepsOf(s, 'receive-connector-permissions');
    for (const step of perms) {
      const ps = step.commands.map((c) => c.command).join('\n');
      expect(ps).not.toMatch(/Set-ReceiveConnector/u);
      expect(step.warnings.some((w) => w.level === 'danger')).toBe(true);
    }
    expect(perms.length).toBeGreaterThan(0);
  });

  it('reads the live connector and stops on AnonymousUsers before any change, under -WhatIf too', () => {
    const text = script(site(rawSiteFixture('2007-multi')), 'hub-1');
    const pre = preamble(text);
    const check = pre.split('\r\n').find((l) => l.includes("-contains 'AnonymousUsers'"));
    expect(check, 'a live AnonymousUsers check before the first step').toBeDefined();
    expect(pre).toContain("Get-ReceiveConnector -Identity 'EX01\\Default EX01'");
    // Not skipped by a dry run.
    expect(check).not.toMatch(/-not \$WhatIf/u);
  });
});

describe('2. in-path rules: each SteelHead is server-side for its hubs, client-side towards the others', () => {
  const s = site(rawSiteFixture('2013-multi'));
  const plan = planFor(s);
  const rulesOf = (shId: string) =>
    plan.steelheads
      .filter((x) => x.stepId === 'steelhead-client-side' && x.target.kind === 'steelhead')
      .filter((x) => x.target.kind === 'steelhead' && x.target.steelheadId === shId)
      .flatMap((x) => x.commands.map((c) => c.command));

  it('the SteelHead in front of contoso hubs gets rules only towards fabrikam hubs', () => {
    const rules = rulesOf('sh-1');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.join('\n')).toContain('10.2.0.25/32 dstport 25 ');
    // EX02 is contoso's too: hub-to-hub inside a 2013 organisation is 2525, never 25.
    expect(rules.join('\n')).toContain('10.1.0.26/32 dstport 2525 ');
    expect(rules.join('\n')).not.toContain('10.1.0.26/32 dstport 25 ');
  });

  it('the server-side SteelHead is also client-side towards the remote organisation', () => {
    const rules = rulesOf('sh-2').join('\n');
    expect(rules).toContain('10.1.0.25/32 dstport 25 ');
    expect(rules).toContain('10.1.0.26/32 dstport 25 ');
  });

  it('never tells an engineer to load another organisation\u2019s hub key onto a SteelHead', () => {
    for (const step of plan.steelheads.filter((x) => x.stepId === 'steelhead-server-side')) {
      const sh = s.steelheads.find(
        (x) => step.target.kind === 'steelhead' && x.id === step.target.steelheadId,
      )!;
      const local = s.hubs.filter((h) => sh.hubIds.includes(h.id));
      const foreign = s.hubs.filter((h) => !sh.hubIds.includes(h.id));
      const text = step.consoles.flatMap((c) => c.steps).join('\n');
      for (const h of local) expect(text).toContain(h.fqdn);
      for (const h of foreign) expect(text, `${sh.name} / ${h.fqdn}`).not.toContain(h.fqdn);
    }
    expect(plan.steelheads.some((x) => x.stepId === 'steelhead-server-side')).toBe(true);
  });

  it('inside one 2013+ organisation the rule is on 2525, and a SteelHead with no hubs fronts none', () => {
    const single = site({
      ...rawSiteFixture('2016-2019-se-single'),
      steelheads: [
        {
          id: 'sh-1',
          name: 'sh-a.contoso.local',
          side: 'client-side',
          riosVersion: '9.12.1',
          sslLicence: true,
          hubIds: ['hub-1'],
        },
        {
          id: 'sh-2',
          name: 'sh-b.contoso.local',
          side: 'server-side',
          riosVersion: '9.12.1',
          sslLicence: true,
          hubIds: [],
        },
      ],
    });
    const p = planFor(single);
    const rules = p.steelheads
      .filter((x) => x.target.kind === 'steelhead' && x.target.steelheadId === 'sh-1')
      .flatMap((x) => x.commands.map((c) => c.command))
      .join('\n');
    expect(rules).toMatch(/dstport 2525 /u);
    expect(rules).not.toMatch(/dstport 25 /u);
    const none = p.steelheads.filter(
      (x) => x.target.kind === 'steelhead' && x.target.steelheadId === 'sh-2',
    );
    for (const step of none) {
      expect(step.commands).toEqual([]);
      expect(step.warnings.map((w) => w.code)).toContain('steelhead-fronts-no-hubs');
    }
    expect(none.length).toBeGreaterThan(0);
  });
});

describe('3. site CA mode checks and names the site CA, and trusts it before the PFX import', () => {
  const s = site({
    ...rawSiteFixture('2013-multi'),
    certificate: { keySize: 2048, validityDays: 730, siteCa: true },
  });
  const plan = planFor(s);

  it('the final check looks for the site CA in Trusted Root, not the partner leaves', () => {
    const finals = plan.hubs.flatMap((h) =>
      h.steps.filter((x) => x.stepId === 'final-verification'),
    );
    expect(finals.length).toBe(3);
    for (const step of finals) {
      const text = step.commands.map((c) => c.command).join('\n');
      expect(text).not.toMatch(/CN=mx1\.fabrikam\.local'/u);
      expect(text).toContain('Secure SMTP');
      expect(step.verify.expected).not.toMatch(/partner certificates in Trusted Root/u);
    }
  });

  it('the stick layout does not tell a hub to import a partner leaf into Root', () => {
    const layout = hubBundleLayout(s.hubs[0]!, {
      partners: [s.hubs[1]!],
      siteCa: true,
      pemKey: 'none',
    });
    expect(layout.map((e) => e.purpose).join('\n')).not.toMatch(/partner[^\n]*Root/iu);
  });

  it('the SteelHead trusts the site CA, not the hubs "as they are self-signed"', () => {
    const text = plan.steelheads.flatMap((x) => x.consoles.flatMap((c) => c.steps)).join('\n');
    expect(text).not.toMatch(/self-signed/u);
    expect(text).toMatch(/site CA/u);
  });

  it('"Trust the site CA" comes before "Import the PFX" on every hub', () => {
    for (const hub of s.hubs) {
      const ids = hubRunbook(plan, hub.id).map((x) => x.stepId);
      expect(ids.indexOf('trust-site-ca')).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf('trust-site-ca')).toBeLessThan(ids.indexOf('certificate-import'));
    }
  });
});

describe('4. netdom trust verification carries credentials for both forests', () => {
  it('emits /userd /passwordd:* /usero /passwordo:* and asks for an elevated prompt', () => {
    const c = verifyTrustCommand('contoso.local', 'fabrikam.local');
    expect(c.command).toMatch(/\/userd:\S+ \/passwordd:\*/u);
    expect(c.command).toMatch(/\/usero:\S+ \/passwordo:\*/u);
    expect(c.label).toMatch(/elevated/iu);
  });
});

describe('5. every command runs in the engine of the hub it is for', () => {
  it('Exchange 2007 (PowerShell 1.0) scripts use no -join operator', () => {
    const text = script(site(rawSiteFixture('2007-multi')), 'hub-1');
    expect(text).not.toMatch(/\s-join\s/u);
    expect(text).toContain('[string]::Join(');
  });

  it('Exchange 2010 on Server 2012 (PowerShell 2.0 shell) trusts with certutil, not Import-Certificate', () => {
    const s = site(
      withHubs('2010-sp1-multi', (hubs) => hubs.map((h) => ({ ...h, windowsVersion: '2012r2' }))),
    );
    const text = script(s, 'hub-1');
    expect(text).not.toContain('Import-Certificate');
    expect(text).toContain('certutil.exe -addstore Root');
  });

  it('checks it runs elevated before the first step (and says so in the header)', () => {
    const text = script(site(rawSiteFixture('2013-multi')), 'hub-1');
    const pre = preamble(text);
    expect(pre).toContain('[Security.Principal.WindowsBuiltInRole]::Administrator');
    expect(pre).toMatch(/# .*run as administrator/iu);
  });
});

describe('6. the files the commands name exist where they say', () => {
  it('the import step tells the engineer to copy the hub folder to the folder the commands use', () => {
    const s = site(rawSiteFixture('2013-multi'));
    const step = stepsOf(s, 'certificate-import')[0]!;
    const text = step.consoles.flatMap((c) => c.steps).join('\n');
    expect(step.commands.some((c) => c.command.includes('C:\\SecureSMTP\\'))).toBe(true);
    expect(text).toContain(
      'Copy the contents of the folder ex01.contoso.local from the stick to C:\\SecureSMTP on the hub',
    );
  });

  it('the cmd listing says where the bundle folder must be', () => {
    const s = site(rawSiteFixture('2010-sp1-multi'));
    const listing = renderShellCommands(planFor(s), 'hub-1', 'cmd');
    expect(listing).toMatch(/REM .*C:\\SecureSMTP/u);
    expect(listing).toMatch(/REM .*elevated/iu);
  });
});

describe('7. the openssl PFX matches the app\u2019s and names its OpenSSL floor', () => {
  const s = site(rawSiteFixture('2007-multi'));
  const spec = certificateSpecFor(s, s.hubs[0]!);

  it('the legacy PFX carries the SChannel CSP name', () => {
    const pfx = opensslCommands(spec).find((c) => c.command.startsWith('openssl pkcs12 -export'));
    expect(pfx?.command).toContain("-CSP 'Microsoft RSA SChannel Cryptographic Provider'");
  });

  it('commands that need OpenSSL 3.0 say so, and the sh listing says it at the top', () => {
    for (const c of opensslCommands(spec).filter((x) =>
      /-noenc|-copy_extensions/u.test(x.command),
    )) {
      expect(c.label).toMatch(/OpenSSL 3\.0 or later/u);
    }
    const listing = renderShellCommands(planFor(s), 'hub-1', 'sh');
    expect(listing.split('\n').slice(0, 4).join('\n')).toMatch(/OpenSSL 3\.0 or later/u);
  });
});

describe('2b. a SteelHead never holds two organisations\u2019 keys', () => {
  it('a SteelHead listing hubs of two forests is refused, naming the field', () => {
    const raw = rawSiteFixture('2013-multi');
    const steelheads = (raw.steelheads as Record<string, unknown>[]).map((sh, i) =>
      i === 0 ? { ...sh, hubIds: ['hub-1', 'hub-2'] } : sh,
    );
    const r = validateSite({ ...raw, steelheads });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('steelheads.0.hubIds');
      expect(r.error.message).toContain('contoso.local and fabrikam.local');
    }
  });
});

describe('risky advice: Exchange and Windows versions that cannot exist are refused', () => {
  it('refuses Exchange 2010 on Windows Server 2016 and 2016+ on 2003, naming the field and the choices', () => {
    const raw = rawSiteFixture('2010-sp1-multi');
    const r = validateSite(
      withHubs('2010-sp1-multi', (hubs) =>
        hubs.map((h, i) => (i === 0 ? { ...h, windowsVersion: '2016' } : h)),
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('hubs.0.windowsVersion');
      expect(r.error.message).toContain('Windows Server 2008 R2');
    }
    const newer = validateSite({
      ...raw,
      exchangeVersion: '2016-2019-se',
      hubs: (raw.hubs as Record<string, unknown>[]).map((h) => ({ ...h, windowsVersion: '2003' })),
    });
    expect(newer.ok).toBe(false);
  });

  it('every Exchange version has a supported default Windows version', () => {
    for (const v of ['2007', '2010-rtm', '2010-sp1', '2013', '2016-2019-se'] as const) {
      expect(supportedWindows[v]).toContain(defaultWindowsFor(v));
    }
  });
});

describe('risky advice: forest trust, the SMTP overwrite prompt, Windows Server 2003', () => {
  it('the forest trust prefers selective authentication and says it broadens access', () => {
    const step = stepsOf(site(rawSiteFixture('2013-multi')), 'forest-trust')[0]!;
    const text = step.consoles.flatMap((c) => c.steps).join('\n');
    expect(text).toMatch(/Selective authentication/u);
    expect(text).not.toMatch(/choose forest-wide authentication when asked/u);
    expect(step.warnings.map((w) => w.code)).toContain('forest-trust-broadens-access');
  });

  it('on 2010+ a hub only partners reach is told No and why: SMTP is enabled either way', () => {
    const step = stepsOf(site(rawSiteFixture('2013-multi')), 'certificate-assign-smtp')[0]!;
    expect(step.consoles.flatMap((c) => c.steps).join('\n')).toMatch(
      /answer No: .*SMTP is still enabled on the new certificate/u,
    );
  });

  it('a Windows Server 2003 hub gets the SHA-2 hotfix as a danger, and labels instead of raw ids', () => {
    const steps = stepsOf(site(rawSiteFixture('2007-multi')), 'certificate-generate');
    const codes = steps.flatMap((s) => s.warnings.map((w) => w.code));
    expect(codes).toContain('windows-2003-sha2');
    expect(steps.flatMap((s) => s.warnings.map((w) => w.message)).join('\n')).not.toMatch(
      /Windows Server 2008r2/u,
    );
  });
});
