import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import { checkHub, parsePastedOutput } from '../../../../core/verification';
import { fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const pasted = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/pasted/${name}`, import.meta.url)), 'utf8');
const full = [
  '2010-certificates.txt',
  '2010-receive-connector.txt',
  '2010-send-connector.txt',
  '2010-secure-lists.txt',
]
  .map(pasted)
  .join('');
const plan = planFor(siteFixture('2010-sp1-multi'));
const inputs = {
  thumbprints: { 'hub-1': fixtureThumbprints.ours, 'hub-2': fixtureThumbprints.peer },
  siteCaThumbprint: null,
};

/** The ids of the expectations a text passes (empty when it cannot be read). */
function passes(text: string): Set<string> {
  const r = parsePastedOutput(text);
  if (!r.ok) return new Set();
  const results = checkHub(plan, 'hub-1', r.value, inputs, 'after').results;
  return new Set(results.filter((x) => x.verdict === 'pass').map((x) => x.expectation.id));
}

const fullPasses = passes(full);

describe('pasted output, by property', () => {
  it('the full paste passes the checks it shows', () => {
    expect(fullPasses.size).toBeGreaterThanOrEqual(11);
  });

  it('a paste cut anywhere passes nothing the full paste does not', () => {
    fc.assert(
      fc.property(fc.nat({ max: full.length }), (cut) => {
        const extra = [...passes(full.slice(0, cut))].filter((id) => !fullPasses.has(id));
        expect(extra).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a paste with a flags list cut mid-word proves no absence', () => {
    const cut = full.slice(0, full.indexOf('BasicAuth, BasicAuthRequireTLS') + 5);
    const r = parsePastedOutput(cut);
    expect(r.ok).toBe(true);
    const auth = r.ok
      ? checkHub(plan, 'hub-1', r.value, inputs, 'after').results.find(
          (x) => x.expectation.id === 'receive-auth-tls',
        )
      : undefined;
    expect(auth?.verdict).toBe('unknown');
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => parsePastedOutput(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same with LF or CRLF line ends and trailing spaces', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n'), fc.nat({ max: 3 }), (eol, spaces) => {
        const text = full.replace(/\r\n/gu, `${' '.repeat(spaces)}${eol}`);
        expect(passes(text)).toEqual(fullPasses);
      }),
      { numRuns: 20 },
    );
  });
});
