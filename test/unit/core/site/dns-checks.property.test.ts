import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFqdn, normaliseDnsName } from '../../../../core/site';

const label = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)
  .filter((l) => l.slice(2, 4) !== '--');
const tld = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z]$/).filter((l) => l.slice(2, 4) !== '--');
const validFqdn = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 4 }), tld)
  .map(([labels, last]) => [...labels, last].join('.'))
  .filter((name) => name.length <= 253);

describe('FQDN check', () => {
  it('accepts generated RFC 1123 names, in any case, with or without a trailing dot', () => {
    fc.assert(
      fc.property(validFqdn, (name) => {
        expect(checkFqdn(name, 'FQDN', 'x.example')).toBeNull();
        expect(checkFqdn(`${name.toUpperCase()}.`, 'FQDN', 'x.example')).toBeNull();
        expect(normaliseDnsName(`${name.toUpperCase()}.`)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisation is idempotent and agrees with the WHATWG URL host parser', () => {
    fc.assert(
      fc.property(validFqdn, (name) => {
        const once = normaliseDnsName(name);
        expect(normaliseDnsName(once)).toBe(once);
        expect(new URL(`https://${once}/`).hostname).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses invalid punycode and other reserved labels; accepts a real A-label', () => {
    expect(checkFqdn('0.xn--a', 'FQDN', 'x.example')).toContain('not a valid internationalised');
    expect(checkFqdn('hub.xn--bcher-kva.example', 'FQDN', 'x.example')).toBeNull();
    expect(checkFqdn('hub.ab--cd.local', 'FQDN', 'x.example')).toContain('reserved');
  });

  it('refuses any name with an injected forbidden character', () => {
    const bad = fc.constantFrom(
      ' ',
      '_',
      '*',
      '\u0000',
      '\n',
      "'",
      '\u2019',
      '"',
      '$',
      ';',
      '/',
      ':',
      '`',
    );
    fc.assert(
      fc.property(validFqdn, bad, fc.nat(), (name, ch, at) => {
        const i = at % (name.length + 1);
        const mutated = name.slice(0, i) + ch + name.slice(i);
        expect(checkFqdn(mutated, 'FQDN', 'x.example')).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
