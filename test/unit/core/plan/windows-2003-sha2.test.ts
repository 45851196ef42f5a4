import { describe, expect, it } from 'vitest';
import { installScript } from '../../../../core/plan';
import { fixtureSite } from '../../../helpers/fixture-site';

/*
 * Issue 9: Windows Server 2003 validates SHA-256 signatures only with the CryptoAPI SHA-2 hotfix
 * (KB938397, later KB968730). The install script of a 2003 hub checks for it, read only, before
 * any step and in a -WhatIf dry run too, and stops with a message that says what to do.
 */
const site = fixtureSite('2007-multi');
const script = (hubId: string) => {
  const s = installScript(site, hubId, { now: new Date('2026-01-02T03:04:05Z') });
  if (!s.ok) throw new Error(s.error.message);
  return s.value.content.split('\r\n');
};
const on2003 = site.hubs.find((h) => h.windowsVersion === '2003')!;
const on2008 = site.hubs.find((h) => h.windowsVersion !== '2003')!;

describe('the SHA-2 hotfix check on Windows Server 2003 hubs', () => {
  it('queries Win32_QuickFixEngineering (PowerShell 1.0 has no Get-HotFix) for both KB numbers', () => {
    const lines = script(on2003.id);
    const query = lines.find((l) => l.includes('Win32_QuickFixEngineering'));
    expect(query).toBeDefined();
    expect(query).toMatch(/^\$Sha2Fixes = @\(Get-WmiObject -Class Win32_QuickFixEngineering /u);
    expect(query).toContain('KB938397');
    expect(query).toContain('KB968730');
    expect(lines.join('\n')).not.toMatch(/Get-HotFix/u);
  });

  it('runs before the first step, also under -WhatIf, and stops without changing anything', () => {
    const lines = script(on2003.id);
    const check = lines.findIndex((l) => l.includes('$Sha2Fixes.Count -eq 0'));
    const firstStep = lines.findIndex((l) => l.startsWith('if (Start-RunbookStep '));
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(firstStep);
    const line = lines[check]!;
    // Not skipped in a dry run: the dry run warns, the real run throws.
    expect(line).toMatch(/if \(\$WhatIf\) \{ Write-Host 'WARNING: /u);
    expect(line).toMatch(/else \{ throw '/u);
    expect(line).toContain('Nothing was changed');
    expect(line).toContain('0x80096004');
    // The engineer who has a later update that contains the fix can say so.
    expect(line).toContain('-not $Sha2UpdateConfirmed');
    expect(lines.find((l) => l.startsWith('param('))).toBe(
      'param([switch]$WhatIf, [int]$StartAt = 1, [switch]$Sha2UpdateConfirmed)',
    );
    // Read only: nothing between the query and the check changes the server.
    const query = lines.findIndex((l) => l.includes('Win32_QuickFixEngineering'));
    for (const l of lines.slice(query, check + 1))
      expect(l).not.toMatch(/\b(Set|New|Remove|Enable|Import|Add)-[A-Z]/u);
  });

  it('is not in the scripts of hubs on later Windows versions', () => {
    const lines = script(on2008.id);
    expect(lines.join('\n')).not.toContain('Win32_QuickFixEngineering');
    expect(lines.find((l) => l.startsWith('param('))).toBe(
      'param([switch]$WhatIf, [int]$StartAt = 1)',
    );
  });
});
