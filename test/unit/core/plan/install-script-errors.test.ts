import { describe, expect, it } from 'vitest';
import {
  allSteps,
  installScript,
  planFor,
  restoreCallerPreference,
  rememberCallerPreference,
  stepErrorCheck,
  stepErrorMark,
  type PlannedStep,
} from '../../../../core/plan';
import { exchangeVersions, validateSite, type Site } from '../../../../core/site';
import { fixtureNames, rawAsVersion, rawSiteFixture } from '../site/load-fixture';

/** One `if (Start-RunbookStep ...) { ... }` block of a generated script. */
interface StepBlock {
  readonly key: string;
  readonly start: number;
  /** Index of the closing `}` line. */
  readonly end: number;
  /** The lines between `)) {` and the closing `}`, without their two-space indent. */
  readonly body: string[];
}

/** Splits a script into its step blocks, refusing anything that does not have the expected shape. */
function stepBlocks(lines: readonly string[]): StepBlock[] {
  const out: StepBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const head = /^if \(Start-RunbookStep '([^']+)' /u.exec(line);
    if (!head) continue;
    const open = lines.indexOf(')) {', i);
    expect(open, `step ${head[1]} has no opening brace`).toBeGreaterThan(i);
    const end = lines.indexOf('}', open);
    expect(end, `step ${head[1]} is not closed`).toBeGreaterThan(open);
    const body = lines.slice(open + 1, end).map((l) => {
      expect(l.startsWith('  '), `step ${head[1]}: body line not indented: ${l}`).toBe(true);
      return l.slice(2);
    });
    out.push({ key: head[1] ?? '', start: i, end, body });
    i = end;
  }
  return out;
}

/** What the body of a step must be: error mark, each command (native ones exit-checked), error check. */
function expectedBody(step: PlannedStep): (string | RegExp)[] {
  const out: (string | RegExp)[] = [...stepErrorMark];
  for (const c of step.commands.filter((c) => c.shell === 'powershell')) {
    out.push(...c.command.split('\n'));
    if (c.native) out.push(/^if \(\$LASTEXITCODE -ne 0\) \{ throw \(.+\) \}$/u);
  }
  out.push(stepErrorCheck);
  return out;
}

function variants(): { name: string; site: Site }[] {
  const out: { name: string; site: Site }[] = [];
  for (const name of fixtureNames) {
    for (const version of exchangeVersions) {
      const parsed = validateSite(rawAsVersion(rawSiteFixture(name), version));
      if (!parsed.ok) throw new Error(`${name}@${version}: ${parsed.error.message}`);
      out.push({ name: `${name}@${version}`, site: parsed.value });
    }
  }
  return out;
}

const now = new Date('2026-11-28T22:00:00Z');

describe('install script: errors from Exchange proxy functions stop the run', () => {
  it('sets Stop globally (remembering the caller value) before anything runs', () => {
    for (const { name, site } of variants()) {
      for (const hub of site.hubs) {
        const r = installScript(site, hub.id, { now });
        if (!r.ok) throw new Error(r.error.message);
        const lines = r.value.content.split('\r\n');
        const param = lines.findIndex((l) =>
          l.startsWith('param([switch]$WhatIf, [int]$StartAt = 1'),
        );
        const remember = lines.indexOf(rememberCallerPreference);
        const global = lines.indexOf("$global:ErrorActionPreference = 'Stop'");
        const firstStep = lines.findIndex((l) => l.startsWith('if (Start-RunbookStep '));
        expect(param, name).toBeGreaterThanOrEqual(0);
        expect(remember, name).toBeGreaterThan(param);
        expect(global, name).toBe(remember + 1);
        expect(lines).toContain("$ErrorActionPreference = 'Stop'");
        expect(firstStep, name).toBeGreaterThan(global);
        const trap = lines.filter((l) => l.startsWith('trap {'));
        expect(trap, name).toHaveLength(1);
        const t = trap[0] ?? '';
        expect(t.indexOf(restoreCallerPreference), name).toBeGreaterThan(0);
        expect(t.indexOf(restoreCallerPreference)).toBeLessThan(t.indexOf('exit 1'));
      }
    }
  });

  it('guards every step with the $Error count and keeps the exit-code checks of native commands', () => {
    for (const { name, site } of variants()) {
      const plan = planFor(site, { mode: 'script', bundleRoot: 'C:\\SecureSMTP', thumbprints: {} });
      const byKey = new Map(allSteps(plan).map((s) => [s.key, s]));
      for (const hub of site.hubs) {
        const r = installScript(site, hub.id, { now });
        if (!r.ok) throw new Error(r.error.message);
        const lines = r.value.content.split('\r\n');
        const blocks = stepBlocks(lines);
        expect(blocks.length, `${name} ${hub.id}`).toBeGreaterThan(0);
        for (const block of blocks) {
          const step = byKey.get(block.key);
          expect(step, `${name}: unknown step ${block.key}`).toBeDefined();
          if (!step) continue;
          const want = expectedBody(step);
          expect(block.body.length, `${name} ${block.key}`).toBe(want.length);
          want.forEach((w, i) => {
            const got = block.body[i] ?? '';
            if (typeof w === 'string') expect(got, `${name} ${block.key} line ${i}`).toBe(w);
            else expect(got, `${name} ${block.key} line ${i}`).toMatch(w);
          });
          // The throw on a new error is the step's last word, after any exit-code check.
          expect(block.body.at(-1)).toBe('if ($Error.Count -gt $ErrorsBefore) { throw $Error[0] }');
          expect(block.body.slice(0, 2)).toEqual([
            'if ($Error.Count -ge $MaximumErrorCount) { $Error.Clear() }',
            '$ErrorsBefore = $Error.Count',
          ]);
        }
        // The guard appears nowhere but at the end of a step.
        const checks = lines.filter((l) => l.includes('throw $Error[0]'));
        expect(checks, `${name} ${hub.id}`).toHaveLength(blocks.length);
      }
    }
  });

  it('prints the success line only after every step, restoring the caller preference first', () => {
    for (const { name, site } of variants()) {
      for (const hub of site.hubs) {
        const r = installScript(site, hub.id, { now });
        if (!r.ok) throw new Error(r.error.message);
        const lines = r.value.content.split('\r\n');
        const blocks = stepBlocks(lines);
        const success = lines.findIndex((l) => l.includes(`All steps for ${hub.netbiosName}`));
        expect(success, name).toBeGreaterThan(0);
        expect(lines.filter((l) => l.includes('All steps for'))).toHaveLength(1);
        const lastEnd = Math.max(...blocks.map((b) => b.end));
        expect(success, name).toBeGreaterThan(lastEnd);
        const restore = lines.lastIndexOf(restoreCallerPreference);
        expect(restore, name).toBeGreaterThan(lastEnd);
        expect(restore).toBeLessThan(success);
        // Between the last step and the end: only the restore, blank lines and Write-Host.
        for (const l of lines.slice(lastEnd + 1)) {
          expect(
            l === '' ||
              l === restoreCallerPreference ||
              l.startsWith('Write-Host ') ||
              l.startsWith('#'),
            `${name}: unexpected line after the steps: ${l}`,
          ).toBe(true);
        }
        // Outside the prologue, the live checks and the step blocks only comments and blank lines.
        const afterPrologue = (blocks[0]?.start ?? lines.length) - 1;
        const inBlock = (i: number) => blocks.some((b) => i >= b.start && i <= b.end);
        for (let i = afterPrologue + 1; i < lastEnd; i += 1) {
          const l = lines[i] ?? '';
          if (inBlock(i)) continue;
          expect(l === '' || l.startsWith('#'), `${name}: code outside a step: ${l}`).toBe(true);
        }
      }
    }
  });

  it('keeps -WhatIf and -StartAt: the guards are not echoed and sit inside the step condition', () => {
    const { site } = variants()[0] ?? { site: undefined };
    if (!site) throw new Error('no fixture');
    const r = installScript(site, site.hubs[0]?.id ?? '', { now });
    if (!r.ok) throw new Error(r.error.message);
    const text = r.value.content;
    expect(text).toContain('if ($script:StepNumber -lt $StartAt) {');
    expect(text).toContain('if ($WhatIf) {');
    // The dry-run echo lists only the step's commands.
    expect(text).not.toMatch(/^ {2}'.*ErrorsBefore/mu);
  });
});
