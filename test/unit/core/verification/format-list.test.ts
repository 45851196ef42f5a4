import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import {
  checkHub,
  MAX_PASTED_CHARS,
  mergeObserved,
  parsePastedOutput,
  type CheckResult,
  type ObservedState,
} from '../../../../core/verification';
import { fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const pasted = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/pasted/${name}`, import.meta.url)), 'utf8');
const inputs = {
  thumbprints: { 'hub-1': fixtureThumbprints.ours, 'hub-2': fixtureThumbprints.peer },
  siteCaThumbprint: null,
};

function parse(name: string): ObservedState {
  const r = parsePastedOutput(pasted(name));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

const verdict = (results: readonly CheckResult[], id: string) =>
  results.find((r) => r.expectation.id === id)?.verdict;

describe('pasted Format-List output, 2010 shape', () => {
  const plan = planFor(siteFixture('2010-sp1-multi'));
  const check = (s: ObservedState) => checkHub(plan, 'hub-1', s, inputs, 'after').results;

  it('reads the certificates and passes our certificate with SMTP', () => {
    const s = parse('2010-certificates.txt');
    expect(s.certificates?.map((c) => [c.thumbprint, c.services])).toEqual([
      [fixtureThumbprints.ours, ['SMTP']],
      [fixtureThumbprints.old, ['IMAP', 'POP', 'IIS']],
    ]);
    expect(verdict(check(s), 'certificate-smtp')).toBe('pass');
    expect(verdict(check(s), 'receive-partners')).toBe('unknown');
  });

  it('reads the receive connector, the send connector and the secure lists', () => {
    const s = [
      parse('2010-receive-connector.txt'),
      parse('2010-send-connector.txt'),
      parse('2010-secure-lists.txt'),
    ].reduce(mergeObserved);
    const results = check(s);
    for (const id of [
      'receive-partners',
      'receive-domain-secure',
      'receive-auth-tls',
      'send-domain-secure',
      'send-dns-routing',
      'send-no-smart-host',
      'send-starttls',
      'send-address-space:fabrikam.com',
      'secure-list-send:fabrikam.com',
      'secure-list-receive:fabrikam.com',
    ]) {
      expect([id, verdict(results, id)]).toEqual([id, 'pass']);
    }
  });

  it('fails DomainSecureEnabled False, and SMTP missing from our certificate', () => {
    const off = pasted('2010-receive-connector.txt').replace(
      'DomainSecureEnabled : True',
      'DomainSecureEnabled : False',
    );
    const r = parsePastedOutput(off);
    expect(r.ok && verdict(check(r.value), 'receive-domain-secure')).toBe('fail');
    const noSmtp = pasted('2010-certificates.txt').replace(
      'Services           : SMTP',
      'Services           : IIS',
    );
    const c = parsePastedOutput(noSmtp);
    expect(c.ok && verdict(check(c.value), 'certificate-smtp')).toBe('fail');
  });
});

describe('pasted Format-List output, 2016 shape', () => {
  const plan = planFor(siteFixture('2016-2019-se-multi'));
  const check = (s: ObservedState) => checkHub(plan, 'hub-1', s, inputs, 'after').results;

  it('finds our certificate among several SMTP ones', () => {
    const s = parse('2016-certificates.txt');
    expect(s.certificates).toHaveLength(3);
    expect(verdict(check(s), 'certificate-smtp')).toBe('pass');
  });

  it('joins a wrapped list and checks the Partner connector', () => {
    const s = parse('2016-receive-connector.txt');
    expect(s.receiveConnectors?.[0]?.remoteIpRanges).toEqual([
      '10.2.0.25',
      '10.2.0.26',
      '192.168.100.1-192.168.100.20',
      '172.16.5.0/24',
    ]);
    expect(s.receiveConnectors?.[0]?.transportRole).toBe('FrontendTransport');
    expect(verdict(check(s), 'partner-connector-partners')).toBe('pass');
    expect(verdict(check(s), 'receive-domain-secure')).toBe('pass');
  });

  it('a list cut short proves presence, never absence', () => {
    const s = parse('2016-secure-lists-cut.txt');
    expect(s.transportConfig?.incomplete).toEqual([
      'tlsSendDomainSecureList',
      'tlsReceiveDomainSecureList',
    ]);
    expect(verdict(check(s), 'secure-list-send:fabrikam.com')).toBe('pass');
    const other = parsePastedOutput(
      pasted('2016-secure-lists-cut.txt').replace(/fabrikam\.com/gu, 'litware.example'),
    );
    expect(other.ok && verdict(check(other.value), 'secure-list-send:fabrikam.com')).toBe(
      'unknown',
    );
  });

  it('reads the Trusted Root entry and passes the partner trust', () => {
    const s = parse('2016-trusted-root.txt');
    expect(s.rootStore?.map((r) => r.thumbprint)).toEqual([fixtureThumbprints.peer]);
    expect(verdict(check(s), 'root-peer:hub-2')).toBe('pass');
  });

  it('a connector not in the pasted output is unknown, not failed', () => {
    const s = parse('2016-receive-connector.txt');
    const plan2010 = planFor(siteFixture('2010-sp1-multi'));
    const r = checkHub(plan2010, 'hub-1', s, inputs, 'after').results;
    expect(verdict(r, 'receive-partners')).toBe('unknown');
  });
});

describe('pasted output it cannot read', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /cannot read this: no Format-List output/u],
    [
      'prose',
      'hello, this is not output',
      /cannot read this: line 1 is not part of Format-List output/u,
    ],
    [
      'an error',
      "Get-ReceiveConnector : The operation couldn't be performed because object 'EX01\\Nope' couldn't be found.",
      /cannot read this: line 1/u,
    ],
    [
      'a table',
      'Thumbprint                                Services   Subject\r\n----------                                --------   -------\r\n3F2A9C0B7D41E6A85C19F0D2B7E4A6C8D1F03B52  .....S.    CN=ex01\r\n',
      /cannot read this: /u,
    ],
    [
      'a cut thumbprint',
      'Thumbprint : 3F2A9C0B7D41E6A8\r\nServices   : SMTP\r\n',
      /Thumbprint on line 1 is not 40 hex digits/u,
    ],
    [
      'a bad boolean',
      'Identity : EX01\\Default EX01\r\nDomainSecureEnabled : Ture\r\nPermissionGroups : Partners\r\n',
      /DomainSecureEnabled on line 2 is "Ture"/u,
    ],
  ];
  for (const [what, text, message] of cases) {
    it(`refuses ${what}`, () => {
      const r = parsePastedOutput(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    });
  }

  it('refuses oversized text', () => {
    const r = parsePastedOutput(`Services : SMTP\n${'x'.repeat(MAX_PASTED_CHARS)}`);
    expect(!r.ok && r.error.message).toMatch(/characters; paste only/u);
  });

  it('a truncated paste that loses the DomainSecureEnabled line is unknown, not a pass', () => {
    const full = pasted('2010-receive-connector.txt');
    const cut = full.slice(0, full.lastIndexOf('PermissionGroups'));
    const r = parsePastedOutput(cut);
    expect(r.ok).toBe(true);
    const plan = planFor(siteFixture('2010-sp1-multi'));
    const results = r.ok ? checkHub(plan, 'hub-1', r.value, inputs, 'after').results : [];
    expect(verdict(results, 'receive-domain-secure')).toBe('unknown');
    expect(verdict(results, 'receive-partners')).toBe('unknown');
  });
});

describe('pasted output: a long paste of blank lines', () => {
  // The table test used \s* at each line start, which crossed newlines: 80,000 blank lines took
  // 4.6 s and the 512 KiB cap about three minutes, on every render of the sign-off screen.
  it('is refused at once as unreadable, never a pass', () => {
    expect(parsePastedOutput('\n'.repeat(500_000)).ok).toBe(false);
    expect(parsePastedOutput(`${'\r\n'.repeat(200_000)}----  ----\r\n`).ok).toBe(false);
  }, 5_000);
});
