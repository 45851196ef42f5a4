import { describe, expect, it } from 'vitest';
import { installScript, installScriptPlan } from '../../../../core/plan';
import { siteFixture } from '../site/load-fixture';

const now = new Date('2026-11-28T21:10:00Z');

function script(name: string, hubId = 'hub-1', thumbprints?: Record<string, string>): string {
  const r = installScript(siteFixture(name), hubId, {
    now,
    ...(thumbprints ? { thumbprints } : {}),
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.content;
}

describe('install-<server>.ps1', () => {
  it('is named after the server and has the header, strict mode, -WhatIf and stop-on-error', () => {
    const r = installScript(siteFixture('2010-sp1-multi'), 'hub-1', { now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fileName).toBe('install-ex01.ps1');
    const text = r.value.content;
    expect(text).toContain('# Site:      Contoso Ltd, Amsterdam and Fabrikam partner link');
    expect(text).toContain('# Server:    EX01 (ex01.contoso.local), forest contoso.local');
    expect(text).toContain('# Generated: 2026-11-28 21:10 UTC');
    expect(text).toContain('param([switch]$WhatIf, [int]$StartAt = 1)');
    expect(text).toContain('Set-StrictMode -Version 2.0');
    expect(text).toContain("$ErrorActionPreference = 'Stop'");
    expect(text).toContain("$global:ErrorActionPreference = 'Stop'");
    expect(text).toMatch(/trap \{[^\n]*exit 1 \}/u);
  });

  it('puts param() as the first statement (only comments before it)', () => {
    const lines = script('2013-multi').split('\r\n');
    const first = lines.find((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(first).toBe('param([switch]$WhatIf, [int]$StartAt = 1)');
  });

  it('echoes every step with its progress key', () => {
    const text = script('2013-multi');
    expect(text).toContain("if (Start-RunbookStep 'certificate-import@hub:hub-1'");
    expect(text).toContain("if (Start-RunbookStep 'trust-partner-certificate@pair:hub-1>hub-2'");
  });

  it('carries the organisation steps only on the designated hub', () => {
    expect(script('2013-multi', 'hub-1')).toContain('transport-secure-lists@org:contoso.local');
    expect(script('2013-multi', 'hub-3')).not.toContain('transport-secure-lists');
  });

  it('uses a known thumbprint instead of looking it up', () => {
    const text = script('2010-sp1-multi', 'hub-1', { 'hub-1': 'ab'.repeat(20) });
    expect(text).toContain(`$Thumbprint = '${'AB'.repeat(20)}'`);
    expect(text).not.toContain('$Cert = Get-ExchangeCertificate');
  });

  it('checks the exit code of certutil where it stands in for Import-Certificate', () => {
    const text = script('2010-sp1-multi', 'hub-1');
    expect(text).toContain(
      "certutil.exe -addstore Root (Join-Path $BundleRoot 'public\\mx1.fabrikam.local.cer')",
    );
    expect(text).toMatch(/if \(\$LASTEXITCODE -ne 0\) \{ throw/u);
  });

  it('quotes an apostrophe in a connector name instead of ending the literal', () => {
    const site = siteFixture('2010-sp1-multi');
    const hubs = site.hubs.map((h, i) =>
      i === 0 ? { ...h, sendConnectorName: 'Partner\u2019s TLS' } : h,
    );
    const r = installScript({ ...site, hubs }, 'hub-1', { now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.content).toContain(
      "Set-SendConnector -Identity ('Partner' + [char]0x2019 + 's TLS') -DomainSecureEnabled $true",
    );
  });

  it('refuses an unknown hub with a message naming the choices', () => {
    const r = installScript(siteFixture('2010-sp1-multi'), 'hub-9', { now });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('hub-1, hub-2');
  });
});

describe('each script step stands alone (so -StartAt can skip earlier ones)', () => {
  it('uses no variable that another step sets', async () => {
    const { allSteps, planFor } = await import('../../../../core/plan');
    const builtIn = new Set(['true', 'false', '_', 'BundleRoot', 'LASTEXITCODE', 'null']);
    for (const name of ['2007-multi', '2010-rtm-multi', '2013-multi', '2016-2019-se-multi']) {
      const plan = planFor(siteFixture(name), {
        mode: 'script',
        bundleRoot: 'C:\\SecureSMTP',
        thumbprints: {},
      });
      for (const step of allSteps(plan)) {
        const code = step.commands
          .filter((c) => c.shell === 'powershell')
          .map((c) => c.command)
          .join('\n');
        const assigned = new Set([...code.matchAll(/\$(\w+) = /gu)].map((m) => m[1]));
        const used = [...code.matchAll(/\$(\w+)/gu)].map((m) => m[1] ?? '');
        for (const v of used) {
          if (!builtIn.has(v)) expect(assigned.has(v), `${step.key} uses $${v}`).toBe(true);
        }
      }
    }
  });
});

describe('the script plan made once for many hubs', () => {
  it('gives every hub the same script as planning per hub, and a plan made for another site or other thumbprints is not used', () => {
    const site = siteFixture('three-organisations');
    const thumbprints = Object.fromEntries(site.hubs.map((h, i) => [h.id, `${i}`.repeat(40)]));
    const shared = installScriptPlan(site, thumbprints);
    expect(site.hubs.length).toBeGreaterThan(2);
    for (const hub of site.hubs) {
      const alone = installScript(site, hub.id, { now, thumbprints });
      const reused = installScript(site, hub.id, { now, thumbprints, scriptPlan: shared });
      expect(reused).toEqual(alone);
      expect(reused.ok && reused.value.content).toContain(thumbprints[hub.id]);
    }
    const other = installScriptPlan(siteFixture('2013-multi'), thumbprints);
    const hub = site.hubs[0]!.id;
    expect(installScript(site, hub, { now, thumbprints, scriptPlan: other })).toEqual(
      installScript(site, hub, { now, thumbprints }),
    );
    const stale = installScriptPlan(site, {});
    expect(installScript(site, hub, { now, thumbprints, scriptPlan: stale })).toEqual(
      installScript(site, hub, { now, thumbprints }),
    );
  });
});
