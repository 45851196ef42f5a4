import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installScript, planFor, allSteps } from '../../../../core/plan';
import { validateSite, type Site } from '../../../../core/site';
import { rawSiteFixture } from '../site/load-fixture';

const psSingle = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const psDouble = new Set(['"', '\u201c', '\u201d', '\u201e']);

/**
 * Reference model: replaces every single-quoted PowerShell literal in a line by '' and drops a
 * trailing comment, leaving only the code structure. A double quote outside a literal (which we
 * never emit) or an unterminated literal yields 'broken'.
 */
function skeleton(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '#') break;
    if (psDouble.has(c)) return 'broken';
    if (!psSingle.has(c)) {
      out += c;
      i += 1;
      continue;
    }
    i += 1;
    for (;;) {
      if (i >= line.length) return 'broken';
      const d = line[i] as string;
      if (psSingle.has(d)) {
        if (psSingle.has(line[i + 1] ?? '')) {
          i += 2;
          continue;
        }
        i += 1;
        break;
      }
      i += 1;
    }
    out += "''";
  }
  // A value with non-ASCII characters is one string expression: ('a' + [char]0x142 + 'b').
  return out.replace(/\(''(?: \+ (?:''|\[char\]0x[0-9a-f]{1,4}))+\)/gu, "''");
}

const scriptSkeleton = (text: string) => text.split('\r\n').map(skeleton);

const dangerous = fc.constantFrom(
  "'",
  '\u2019',
  '\u2018',
  '\u201a',
  '\u201b',
  '"',
  '\u201c',
  '`',
  '$(calc)',
  ';',
  '|',
  '&',
  '#',
  '{',
  '}',
  '@',
  '%',
  '!',
  ' ',
);
const typed = fc
  .array(
    fc.oneof(
      { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
      { arbitrary: dangerous, weight: 3 },
    ),
    {
      minLength: 1,
      maxLength: 10,
    },
  )
  .map((p) => p.join(''));

function siteWith(names: {
  send: string;
  receive: string;
  customer: string;
  engineer: string;
}): Site | null {
  const raw = rawSiteFixture('2010-sp1-multi') as Record<string, unknown> & {
    hubs: Record<string, unknown>[];
  };
  raw.customer = { name: names.customer, siteName: names.customer };
  raw.engineer = { name: names.engineer, email: '' };
  raw.hubs[0] = {
    ...raw.hubs[0],
    sendConnectorName: names.send,
    receiveConnectorName: names.receive,
  };
  const r = validateSite(raw);
  return r.ok ? r.value : null;
}

const now = new Date('2026-01-01T00:00:00Z');
const benign = siteWith({
  send: 'Send',
  receive: 'Receive',
  customer: 'Customer',
  engineer: 'Engineer',
});

describe('user text never changes the structure of generated PowerShell', () => {
  it('the install script outside its literals is the same for any accepted names', () => {
    if (!benign) throw new Error('benign site invalid');
    const expected = installScript(benign, 'hub-1', { now });
    if (!expected.ok) throw new Error(expected.error.message);
    const want = scriptSkeleton(expected.value.content);
    expect(want).not.toContain('broken');
    let accepted = 0;
    fc.assert(
      fc.property(typed, typed, typed, typed, (send, receive, customer, engineer) => {
        const site = siteWith({ send, receive, customer, engineer });
        if (!site) return;
        accepted += 1;
        const got = installScript(site, 'hub-1', { now });
        if (!got.ok) throw new Error(got.error.message);
        expect(scriptSkeleton(got.value.content)).toEqual(want);
      }),
      { numRuns: 1500 },
    );
    // The property must actually exercise hostile names, not only refusals.
    expect(accepted).toBeGreaterThan(300);
  });

  it('every PowerShell command in the plan keeps the same skeleton too', () => {
    if (!benign) throw new Error('benign site invalid');
    const shape = (site: Site) =>
      allSteps(planFor(site)).flatMap((s) =>
        s.commands
          .filter((c) => c.shell === 'powershell')
          .flatMap((c) => c.command.split('\n').map(skeleton)),
      );
    const want = shape(benign);
    let accepted = 0;
    fc.assert(
      fc.property(typed, typed, (send, receive) => {
        const site = siteWith({ send, receive, customer: 'Customer', engineer: 'Engineer' });
        if (!site) return;
        accepted += 1;
        expect(shape(site)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
    // As above: hostile names must reach the generator, not only the validator's refusal.
    expect(accepted).toBeGreaterThan(200);
  });
});
