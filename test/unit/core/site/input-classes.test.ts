import { describe, expect, it } from 'vitest';
import { certificateSpecFor } from '../../../../core/certificates/spec';
import { allSteps, planFor, renderShellCommands } from '../../../../core/plan';
import { refusalFor } from '../../../../core/quote';
import { validateSite } from '../../../../core/site';
import { fixtureNames, rawSiteFixture, siteFixture } from './load-fixture';

/*
 * Item 6 of the session-4 review: input classes. IDN A-labels are accepted where they are real
 * Punycode; zero-width and bidi characters never reach a message raw; the cmd listing carries
 * progress keys (with their `>`) intact and no cmd metacharacter outside quotes in its comments.
 */

function withHub1(edit: Record<string, unknown>) {
  const raw = rawSiteFixture('2013-multi') as Record<string, unknown> & {
    hubs: Record<string, unknown>[];
  };
  return validateSite({
    ...raw,
    hubs: raw.hubs.map((h) => (h['id'] === 'hub-1' ? { ...h, ...edit } : h)),
  });
}

describe('IDN A-labels', () => {
  it('accepts a valid xn-- SMTP domain and carries it into the certificate names', () => {
    const r = withHub1({ smtpDomain: 'xn--mnchen-3ya.example' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const hub = r.value.hubs.find((h) => h.id === 'hub-1');
    expect(hub && certificateSpecFor(r.value, hub).dnsNames).toContain('xn--mnchen-3ya.example');
    expect(planFor(r.value).hubs.length).toBe(3);
  });

  it('accepts an xn-- label in a hub FQDN', () => {
    const r = withHub1({ fqdn: 'ex01.xn--d1acufc.contoso.local' });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['xn--zz9999.example', /not a valid internationalised \(xn--\) name/u],
    ['xn--abc.example', /not a valid internationalised/u], // decodes to nothing non-ASCII
    ['ab--cd.example', /reserved label/u],
  ])('refuses %s with a message naming the fix', (domain, message) => {
    const r = withHub1({ smtpDomain: domain });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('hubs.0.smtpDomain');
      expect(r.error.message).toMatch(message);
    }
  });

  it('a Unicode domain is refused with the advice to use the xn-- form, which is now accepted', () => {
    const r = withHub1({ smtpDomain: 'münchen.example' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/xn--/u);
  });
});

const hidden = [
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
  0x2068, 0x2069, 0x2060, 0xfeff, 0x2028, 0x2029,
];

describe('zero-width and bidi characters are escaped as \\u{...} in every message', () => {
  it.each(hidden.map((c) => [c.toString(16).toUpperCase(), c] as const))(
    'U+%s in a customer name, an FQDN and a command argument',
    (hex, code) => {
      const ch = String.fromCodePoint(code);
      const raw = rawSiteFixture('2013-multi') as Record<string, unknown> & {
        customer: Record<string, unknown>;
      };
      const bad = validateSite({ ...raw, customer: { ...raw.customer, name: `Con${ch}toso` } });
      const fqdn = withHub1({ fqdn: `ex01${ch}.contoso.local` });
      const messages = [
        bad.ok ? '' : bad.error.message,
        fqdn.ok ? '' : fqdn.error.message,
        refusalFor('cmd', `a${ch}b`, 'Connector name') ?? '',
      ];
      for (const m of messages) {
        expect(m.length).toBeGreaterThan(0);
        expect(m).not.toContain(ch);
        expect(m).toContain(`\\u{${hex}}`);
      }
    },
  );
});

/** The parts of a line outside double quotes. */
const unquoted = (line: string) =>
  line
    .split('"')
    .filter((_, i) => i % 2 === 0)
    .join('');

describe('cmd listings: progress keys intact, no metacharacter outside quotes in comments', () => {
  it.each(fixtureNames)('%s', (name) => {
    const site = siteFixture(name);
    const plan = planFor(site);
    let pairKeys = 0;
    for (const hub of site.hubs) {
      const listing = renderShellCommands(plan, hub.id, 'cmd');
      const keys = allSteps(plan).map((s) => s.key);
      for (const line of listing.split('\r\n').filter((l) => l.startsWith('REM '))) {
        expect(unquoted(line), line).not.toMatch(/[<>|&^%!]/u);
        const key = /\[key "([^"]+)"\]$/u.exec(line)?.[1];
        if (key !== undefined) {
          expect(keys).toContain(key);
          if (key.includes('>')) pairKeys += 1;
        }
      }
    }
    // Self-signed sites with more than one hub trust pairs: their keys carry `>` and survive.
    if (!site.certificate.siteCa && site.hubs.length > 1) expect(pairKeys).toBeGreaterThan(0);
  });
});
