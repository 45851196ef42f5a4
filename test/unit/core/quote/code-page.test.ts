import { describe, expect, it } from 'vitest';
import { allSteps, installScript, planFor } from '../../../../core/plan';
import { validateSite, type Site } from '../../../../core/site';
import { fixtureNames, rawSiteFixture } from '../site/load-fixture';
import { decodeCp1252 } from './shell-models';

const now = new Date('2026-11-28T21:10:00Z');

/** Names that pass validation and whose UTF-8 bytes read as cp1252 hold PowerShell quotes. */
const hostileNames = ['ё; Start-Process calc #', 'Wysyłka', 'it’s ‘x’; calc', 'Ä”; calc; “'];

/** A fixture site with every connector name and the customer replaced by hostile text. */
function hostileSite(fixture: string, name: string): Site {
  const raw = rawSiteFixture(fixture);
  const hubs = (raw['hubs'] as Record<string, unknown>[]).map((h) => ({
    ...h,
    sendConnectorName: name,
    receiveConnectorName: name,
  }));
  const customer = { ...(raw['customer'] as Record<string, unknown>), name };
  const result = validateSite({ ...raw, hubs, customer });
  if (!result.ok) throw new Error(`${result.error.field}: ${result.error.message}`);
  return result.value;
}

/** The lines PowerShell parses as code (a `#` line is a comment to its end in any code page). */
function codeLines(text: string): string[] {
  return text.split(/\r?\n/u).filter((l) => !l.trimStart().startsWith('#'));
}

/** Reads UTF-8 bytes both ways and checks the code is the same text (so the same structure). */
function expectSameInBothCodePages(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);
  const asCp1252 = decodeCp1252(bytes);
  const code = codeLines(asUtf8);
  expect(code.length).toBeGreaterThan(0);
  expect(codeLines(asCp1252)).toEqual(code);
  // eslint-disable-next-line no-control-regex
  for (const line of code) expect(line).toMatch(/^[\u0000-\u007f]*$/u);
}

describe('PowerShell text read in another code page', () => {
  it.each(fixtureNames.flatMap((f) => hostileNames.map((n) => [f, n] as const)))(
    'install scripts of %s with %j read the same as cp1252 and UTF-8',
    (fixture, name) => {
      const site = hostileSite(fixture, name);
      for (const hub of site.hubs) {
        const script = installScript(site, hub.id, { now });
        if (!script.ok) throw new Error(script.error.message);
        expectSameInBothCodePages(script.value.content);
      }
    },
  );

  it.each(fixtureNames.flatMap((f) => hostileNames.map((n) => [f, n] as const)))(
    'every PowerShell command of %s with %j (copy buttons) reads the same as cp1252 and UTF-8',
    (fixture, name) => {
      const commands = allSteps(planFor(hostileSite(fixture, name)))
        .flatMap((s) => s.commands)
        .filter((c) => c.shell === 'powershell');
      expect(commands.length).toBeGreaterThan(0);
      for (const c of commands) expectSameInBothCodePages(c.command);
    },
  );

  it.each(fixtureNames.flatMap((f) => hostileNames.map((n) => [f, n] as const)))(
    'install scripts of %s with %j are plain ASCII, comment lines included',
    (fixture, name) => {
      const site = hostileSite(fixture, name);
      for (const hub of site.hubs) {
        const script = installScript(site, hub.id, { now });
        if (!script.ok) throw new Error(script.error.message);
        const lines = script.value.content.split('\n');
        expect(lines.filter((l) => l.startsWith('#')).length).toBeGreaterThan(5);
        // eslint-disable-next-line no-control-regex
        const foreign = lines.filter((l) => /[^\u0000-\u007f]/u.test(l));
        expect(foreign).toEqual([]);
      }
    },
  );

  it("writes a comment's non-ASCII characters readably: typography as ASCII, the rest as U+ code points", () => {
    const site = hostileSite('2013-multi', 'Wysyłka ‘x’ — ё');
    const script = installScript(site, site.hubs[0]?.id ?? '', { now });
    if (!script.ok) throw new Error(script.error.message);
    expect(script.value.content).toContain("# Site:      Wysy[U+0142]ka 'x' - [U+0451],");
  });

  it('carries the connector name itself, written as code points', () => {
    const site = hostileSite('2013-multi', 'ё; Start-Process calc #');
    const script = installScript(site, site.hubs[0]?.id ?? '', { now });
    if (!script.ok) throw new Error(script.error.message);
    expect(script.value.content).toContain("[char]0x451 + '; Start-Process calc #'");
  });
});
