import { describe, expect, it } from 'vitest';
import { setPartnerPermissionCommands } from '../../../../core/commands';
import { installScript } from '../../../../core/plan';
import { siteFixture } from '../site/load-fixture';
import { everyVariant } from './emitted';

const groupNames = [
  'AnonymousUsers',
  'ExchangeUsers',
  'ExchangeServers',
  'ExchangeLegacyServers',
  'Partners',
  'Custom',
];

describe('the permission-group step reads, modifies and writes back', () => {
  it('never sets a hard-coded list of groups anywhere (plan commands, scripts, every version)', () => {
    for (const e of everyVariant()) {
      const lines = [
        ...e.commands.map((c) => c.command.command),
        ...Object.values(e.scripts),
      ].flatMap((t) => t.split(/\r?\n/u));
      // A connector the runbook creates has no groups to keep: only changes to existing ones count.
      const setting = lines.filter(
        (l) => l.includes('-PermissionGroups') && !/^\s*'?New-ReceiveConnector /u.test(l),
      );
      expect(setting.length > 0, e.name).toBe(
        e.steps.some((s) => s.stepId === 'receive-connector-permissions'),
      );
      for (const line of setting) {
        const value = /-PermissionGroups\s+(\S+)/u.exec(line)?.[1] ?? '';
        // The read-modify-write list (also as the dry run echoes it, quotes doubled).
        expect(value, `${e.name}: ${line}`).toMatch(/^\(\[string\]::Join\('{1,2},'{1,2},$/u);
        for (const g of groupNames) {
          expect(line, e.name).not.toMatch(new RegExp(`-PermissionGroups[^|]*\\b${g}\\b`, 'u'));
        }
      }
    }
  });

  it('keeps every group (drops only the empty None), stops on AnonymousUsers, adds Partners', () => {
    const site = siteFixture('2007-multi');
    const hub = site.hubs[0]!;
    const [show, set] = setPartnerPermissionCommands(hub, 'Default EX01');
    expect(show?.command).toMatch(/^Get-ReceiveConnector .*Format-List .*PermissionGroups/u);
    const lines = (set?.command ?? '').split('\n');
    expect(lines[0]).toBe("$Connector = Get-ReceiveConnector -Identity 'EX01\\Default EX01'");
    // The current value, split on ',' and trimmed (2007's enum and 2010+'s deserialised value).
    expect(lines[1]).toContain("([string]$Connector.PermissionGroups).Split(',')");
    expect(lines[1]).toContain('ForEach-Object { $_.Trim() }');
    const dropped = [...(lines[1] ?? '').matchAll(/\$_ -ne '([^']*)'/gu)].map((m) => m[1]);
    expect(dropped.sort()).toEqual(['', 'None']);
    // A connector with Anonymous users takes anonymous mail: the step stops instead of clearing it.
    expect(lines[2]).toMatch(/^if \(\$Groups -contains 'AnonymousUsers'\) \{ throw '[^']+' \}$/u);
    expect(lines).toContain("if ($Groups -notcontains 'Partners') { $Groups += 'Partners' }");
    expect(lines.at(-1)).toBe(
      "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -PermissionGroups ([string]::Join(',', $Groups))",
    );
    // A value that did not read as names (a bare number) stops the step.
    expect(lines.some((l) => l.includes("-notmatch '^[A-Za-z]+$'") && l.includes('throw'))).toBe(
      true,
    );
  });

  it('quotes the connector name in the identity and in the message', () => {
    const site = siteFixture('2010-sp1-multi');
    const hub = { ...site.hubs[0]!, receiveConnectorName: 'Partner\u2019s TLS' };
    const hubs = site.hubs.map((h, i) => (i === 0 ? hub : h));
    const r = installScript({ ...site, hubs }, hub.id, { now: new Date('2026-11-28T22:00:00Z') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.content).toContain(
      "$Connector = Get-ReceiveConnector -Identity ('EX01\\Partner' + [char]0x2019 + 's TLS')",
    );
    expect(r.value.content).toContain(
      "PermissionGroups of EX01\\Partner' + [char]0x2019 + 's TLS did not",
    );
  });
});
