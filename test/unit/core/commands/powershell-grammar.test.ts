import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFor, renderShellCommands } from '../../../../core/plan';
import { managementShellEngine } from '../../../../core/site';
import { everyVariant, type Emitted } from './emitted';
import { engineViolations, firstSyntaxError, powershellParser } from './ps-grammar';

/*
 * Every install script and every PowerShell command we emit, for every fixture under every
 * Exchange version, parsed by a real PowerShell grammar; and checked against what the engine of
 * that hub's Management Shell lacks (PowerShell 1.0 on 2007, 2.0 on 2010). The sh listings are
 * parsed by a real POSIX shell (`sh -n`).
 */

let ps: Parser;
let variants: Emitted[];
beforeAll(async () => {
  ps = await powershellParser();
  variants = everyVariant();
});

describe('the PowerShell grammar catches what it should (so a pass means something)', () => {
  it('reports an unclosed string, and 2.0-only and 3.0-only constructs per engine', () => {
    expect(firstSyntaxError(ps, "Get-Item 'x\n")).not.toBeNull();
    expect(firstSyntaxError(ps, "Get-Item 'x'\n")).toBeNull();
    const sample = [
      "$a = @('x') -join ','",
      "if ('x' -in @('x')) { try { $b = [ordered]@{} } catch { } }",
      'Get-Item . | Where-Object Name -eq 3',
      'Import-Certificate -FilePath x -CertStoreLocation Cert:\\LocalMachine\\Root',
      "Write-Host 'a -join inside a string is text'",
    ].join('\n');
    expect(engineViolations(ps, sample, '1.0')).toEqual([
      '-join (line 1)',
      '-in (line 2)',
      'try (line 2)',
      '[ordered] (line 2)',
      'catch (line 2)',
      'where-object without a script block (line 3)',
      'Import-Certificate (line 4)',
    ]);
    expect(engineViolations(ps, sample, '2.0')).toEqual([
      '-in (line 2)',
      '[ordered] (line 2)',
      'where-object without a script block (line 3)',
      'Import-Certificate (line 4)',
    ]);
  });
});

describe('every generated script and PowerShell command parses and suits its engine', () => {
  it('install scripts: no syntax error, nothing the hub\u2019s Management Shell lacks', () => {
    let checked = 0;
    for (const e of variants) {
      for (const hub of e.site.hubs) {
        const text = e.scripts[hub.id] ?? '';
        expect(text.length, `${e.name} ${hub.netbiosName}`).toBeGreaterThan(0);
        expect(firstSyntaxError(ps, text), `${e.name} ${hub.netbiosName}`).toBeNull();
        const engine = managementShellEngine(hub.exchangeVersion);
        expect(engineViolations(ps, text, engine), `${e.name} ${hub.netbiosName}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('each PowerShell command of the plan (standalone form) parses on its own', () => {
    let checked = 0;
    for (const e of variants) {
      for (const { step, command } of e.commands) {
        if (command.shell !== 'powershell') continue;
        expect(firstSyntaxError(ps, command.command), `${e.name} ${step.key}`).toBeNull();
        const hubId =
          step.target.kind === 'hub' || step.target.kind === 'pair' ? step.target.hubId : null;
        const hub = e.site.hubs.find((h) => h.id === hubId);
        if (hub) {
          const engine = managementShellEngine(hub.exchangeVersion);
          expect(engineViolations(ps, command.command, engine), `${e.name} ${step.key}`).toEqual(
            [],
          );
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('sh listings parse with sh -n', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sh-listing-'));
    try {
      let checked = 0;
      for (const e of variants.filter((v) => v.name.endsWith('@2013'))) {
        const plan = planFor(e.site);
        for (const hub of e.site.hubs) {
          const file = join(dir, `${hub.id}.sh`);
          writeFileSync(file, renderShellCommands(plan, hub.id, 'sh'));
          expect(() => execFileSync('sh', ['-n', file]), `${e.name} ${hub.id}`).not.toThrow();
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
