import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import {
  beforeWarnings,
  checkHub,
  MAX_STATE_BYTES,
  readStateFile,
  stepVerdicts,
  type ObservedState,
} from '../../../../core/verification';
import {
  fixtureSites,
  fixtureThumbprints,
  type FixtureVersion,
} from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const file = (name: string) =>
  new Uint8Array(
    readFileSync(
      fileURLToPath(new URL(`../../../fixtures/server-states/${name}`, import.meta.url)),
    ),
  );
const inputs = {
  thumbprints: { 'hub-1': fixtureThumbprints.ours, 'hub-2': fixtureThumbprints.peer },
  siteCaThumbprint: null,
};
const versions: FixtureVersion[] = ['2007', '2010', '2013', '2016'];

function read(name: string): ObservedState {
  const r = readStateFile(file(name));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

describe('state files of each Exchange version (shaped fixtures)', () => {
  for (const version of versions) {
    const plan = planFor(siteFixture(fixtureSites[version]));

    it(`${version}: reads every section of the collector's file`, () => {
      const s = read(`state-EX01-${version}-after.xml`);
      expect(s.server?.name).toBe('EX01');
      expect(s.collectedAt).toBe('2026-12-05T10:40:00Z');
      expect(s.certificates?.map((c) => c.thumbprint)).toContain(fixtureThumbprints.ours);
      expect(
        s.certificates?.find((c) => c.thumbprint === fixtureThumbprints.ours)?.services,
      ).toEqual(['SMTP']);
      expect(s.receiveConnectors?.length).toBeGreaterThan(1);
      expect(s.sendConnectors?.map((c) => c.name)).toContain('To Fabrikam');
      expect(s.transportConfig?.tlsReceiveDomainSecureList).toEqual(['adatum.com', 'fabrikam.com']);
      expect(s.rootStore?.map((r) => r.thumbprint)).toEqual([fixtureThumbprints.peer]);
    });

    it(`${version}: an after-state passes every check and verifies the steps`, () => {
      const check = checkHub(
        plan,
        'hub-1',
        read(`state-EX01-${version}-after.xml`),
        inputs,
        'after',
      );
      expect(check.refusal).toBeNull();
      expect(check.results.length).toBeGreaterThan(8);
      expect(
        check.results
          .filter((r) => r.verdict !== 'pass')
          .map((r) => `${r.expectation.id}: ${r.found}`),
      ).toEqual([]);
      expect(stepVerdicts(check.results)['final-verification@hub:hub-1']).toBe('verified');
    });

    it(`${version}: a before-state fails the after checks (never a pass for work not done)`, () => {
      const check = checkHub(
        plan,
        'hub-1',
        read(`state-EX01-${version}-before.xml`),
        inputs,
        'after',
      );
      const verdicts = stepVerdicts(check.results);
      expect(verdicts['certificate-assign-smtp@hub:hub-1']).toBe('failed');
      expect(verdicts['receive-connector-domain-secure@hub:hub-1']).toBe('failed');
      expect(verdicts['transport-secure-lists@org:contoso.local']).toBe('failed');
      expect(verdicts['final-verification@hub:hub-1']).toBe('failed');
    });

    it(`${version}: a before-state warns that an older certificate holds SMTP`, () => {
      const check = checkHub(
        plan,
        'hub-1',
        read(`state-EX01-${version}-before.xml`),
        inputs,
        'before',
      );
      const warnings = beforeWarnings(check.results);
      expect(warnings['certificate-assign-smtp@hub:hub-1']?.[0]?.message).toContain(
        fixtureThumbprints.old,
      );
      expect(warnings['receive-connector-permissions@hub:hub-1']).toBeUndefined();
      expect(warnings['certificate-import@hub:hub-1']).toBeUndefined();
    });
  }

  it('2010: a default connector taking Internet mail warns on the permission-group step', () => {
    const plan = planFor(siteFixture('2010-sp1-multi'));
    const check = checkHub(
      plan,
      'hub-1',
      read('state-EX01-2010-before-internet-facing.xml'),
      inputs,
      'before',
    );
    const w = beforeWarnings(check.results)['receive-connector-permissions@hub:hub-1'];
    expect(w?.map((x) => [x.code, x.level])).toEqual([
      ['live-connector-internet-facing', 'danger'],
    ]);
    expect(w?.[0]?.message).toContain('AnonymousUsers');
  });

  it('a section the collector could not read is unknown, never a pass', () => {
    const plan = planFor(siteFixture('2010-sp1-multi'));
    const s = read('state-EX01-2010-after-send-unread.xml');
    expect(s.sendConnectors).toBeUndefined();
    const check = checkHub(plan, 'hub-1', s, inputs, 'after');
    const send = check.results.filter((r) => r.expectation.section === 'sendConnectors');
    expect(send.length).toBeGreaterThan(3);
    expect(new Set(send.map((r) => r.verdict))).toEqual(new Set(['unknown']));
    const verdicts = stepVerdicts(check.results);
    expect(verdicts['send-connector-domain-secure@hub:hub-1']).toBe('unknown');
    expect(verdicts['final-verification@hub:hub-1']).toBe('unknown');
  });

  it('a file from the partner hub is refused as the wrong server', () => {
    const plan = planFor(siteFixture('2010-sp1-multi'));
    const check = checkHub(plan, 'hub-1', read('hostile-wrong-server.xml'), inputs, 'after');
    expect(check.refusal?.message).toMatch(/read on MX1, not on EX01/u);
  });

  it('reads the same state from UTF-8 as from UTF-16', () => {
    const utf16 = file('state-EX01-2010-after.xml');
    const text = new TextDecoder('utf-16le').decode(utf16).replace(/^\ufeff/u, '');
    const utf8 = readStateFile(new TextEncoder().encode(text));
    expect(utf8.ok && utf8.value).toEqual(read('state-EX01-2010-after.xml'));
  });
});

describe('hostile and broken files: a clear refusal, never a state', () => {
  const cases: [string, RegExp][] = [
    ['hostile-entity-expansion.xml', /cannot read this: .*DTD or entities/u],
    ['hostile-external-entity.xml', /cannot read this: .*DTD or entities/u],
    ['hostile-deep-nesting.xml', /cannot read this: nested deeper than/u],
    ['hostile-truncated.xml', /cannot read this: the file ends .*cut short/u],
    ['hostile-garbage.bin', /cannot read this/u],
    ['hostile-not-clixml.xml', /cannot read this: this is XML but not PowerShell CLIXML/u],
    [
      'hostile-not-collector.xml',
      /cannot read this: this file was not written by collect-<server>\.ps1/u,
    ],
  ];
  for (const [name, message] of cases) {
    it(`refuses ${name}`, () => {
      const r = readStateFile(file(name));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    });
  }

  it('refuses an oversized file unread', () => {
    const big = new Uint8Array(MAX_STATE_BYTES + 1).fill(0x20);
    const r = readStateFile(big);
    expect(!r.ok && r.error.message).toMatch(/cannot read this: the file is \d+ bytes/u);
  });

  it('refuses an empty file', () => {
    expect(readStateFile(new Uint8Array()).ok).toBe(false);
  });
});
