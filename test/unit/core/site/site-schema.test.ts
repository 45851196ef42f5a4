import { pfxProfileFor } from '../../../../core/certificates/profile';
import { describe, expect, it } from 'vitest';
import {
  emptyHub,
  emptySite,
  nextId,
  validateSite,
  siteProblems,
  windowsVersions,
  type Site,
} from '../../../../core/site';
import { rawSiteFixture } from './load-fixture';

const fixtures = [
  '2007-multi',
  '2010-rtm-multi',
  '2010-sp1-single',
  '2010-sp1-multi',
  '2013-multi',
  '2016-2019-se-single',
  '2016-2019-se-multi',
];

function withHub(patch: Record<string, unknown>, index = 1): unknown {
  const raw = rawSiteFixture('2016-2019-se-multi');
  const hubs = raw.hubs as Record<string, unknown>[];
  hubs[index] = { ...hubs[index], ...patch };
  return raw;
}

function errorOf(input: unknown): { field: string; message: string } {
  const result = validateSite(input);
  if (result.ok) throw new Error('expected the site to be refused');
  return result.error;
}

describe('site model', () => {
  it.each(fixtures)('accepts the %s fixture', (name) => {
    const result = validateSite(rawSiteFixture(name));
    expect(result.ok ? 'ok' : result.error.message).toBe('ok');
  });

  it('defaults the receive connector to Default <NETBIOS> on 2010', () => {
    const result = validateSite(rawSiteFixture('2010-sp1-single'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hubs.map((h) => h.receiveConnectorName)).toEqual([
      'Default LONHUB01',
      'Default LEEHUB01',
      'Default NYCHUB01',
    ]);
  });

  it('defaults to the Frontend connector on 2013+ across organisations, keeping an explicit name', () => {
    const result = validateSite(rawSiteFixture('2013-multi'));
    if (!result.ok) throw new Error(result.error.message);
    const names = result.value.hubs.map((h: Site['hubs'][number]) => h.receiveConnectorName);
    expect(names).toEqual(['Default Frontend EX01', 'Default Frontend MX1', 'Partner TLS']);
  });

  it('names the hub, the field and the fix for an FQDN with a space', () => {
    const error = errorOf(withHub({ fqdn: 'hub 01' }));
    expect(error.field).toBe('hubs.1.fqdn');
    expect(error.message).toBe(
      "Hub 2 FQDN 'hub 01' contains a space: use a DNS name such as hub01.contoso.local",
    );
  });

  it.each([
    ['hub_01.contoso.local', 'underscore'],
    ['*.contoso.local', 'wildcard'],
    ['hub01.contoso.123', 'numeric'],
    ['hub01..contoso.local', 'empty label'],
    ['-hub01.contoso.local', 'hyphen'],
    [`${'a'.repeat(64)}.contoso.local`, 'longer than 63'],
    [`${'a.'.repeat(127)}com`, 'at most 253'],
    ['hub01\u0000.contoso.local', 'NUL'],
    ['hub01.contoso.local\nInvoke-Evil', 'line break'],
    ['https://hub01.contoso.local', 'URL'],
    ['hub01.contoso.local:25', "':'"],
    ['hüb01.contoso.local', 'non-ASCII'],
    ['hub01', 'single label'],
    ['hub01.contoso.local\u200b', 'invisible'],
  ])('refuses the FQDN %j (%s)', (fqdn, why) => {
    const error = errorOf(withHub({ fqdn }));
    expect(error.field).toBe('hubs.1.fqdn');
    expect(error.message).toContain(why);
    expect(error.message.startsWith('Hub 2 FQDN')).toBe(true);
  });

  it('normalises an FQDN to lower case without the trailing dot', () => {
    const result = validateSite(withHub({ fqdn: 'MX1.Fabrikam.Local.' }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hubs[1]?.fqdn).toBe('mx1.fabrikam.local');
  });

  it.each([
    ['HUB-0123456789AB', 'at most 15'],
    ['hub01.contoso', 'dot'],
    ['12345', 'all digits'],
    ['HUB 1', 'space'],
  ])('refuses the NetBIOS name %j', (netbiosName, why) => {
    const error = errorOf(withHub({ netbiosName }));
    expect(error.field).toBe('hubs.1.netbiosName');
    expect(error.message).toContain(why);
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(65), 'at most 64'],
    ['Default\nMX1', 'line break'],
    ["''", 'only quote'],
    ['MX1\\Default MX1', 'backslash'],
    [' Default MX1', 'spaces'],
    // Exchange matches -Identity values with '*' as a wildcard: the live read could match several.
    ['Recv *', 'asterisk'],
  ])('refuses the receive connector name %j', (receiveConnectorName, why) => {
    const error = errorOf(withHub({ receiveConnectorName }));
    expect(error.field).toBe('hubs.1.receiveConnectorName');
    expect(error.message).toContain(why);
  });

  it('refuses a send connector name with an asterisk, naming the field', () => {
    const error = errorOf(withHub({ sendConnectorName: 'To *' }));
    expect(error.field).toBe('hubs.1.sendConnectorName');
    expect(error.message).toContain('asterisk');
  });

  it('accepts a connector name with an apostrophe (quoting carries it)', () => {
    expect(validateSite(withHub({ sendConnectorName: "Partner's TLS" })).ok).toBe(true);
  });

  it('refuses a 1024-bit key unless legacy keys are explicitly allowed', () => {
    const raw = rawSiteFixture('2010-sp1-single');
    raw.certificate = { keySize: 1024, legacyKeyAllowed: false, validityDays: 730 };
    const error = errorOf(raw);
    expect(error.field).toBe('certificate.keySize');
    expect(error.message).toContain('legacyKeyAllowed');
    raw.certificate = { keySize: 1024, legacyKeyAllowed: true, validityDays: 730 };
    expect(validateSite(raw).ok).toBe(true);
  });

  it('refuses a multi-domain site whose hubs share one forest', () => {
    const error = errorOf(withHub({ forest: 'contoso.local' }));
    expect(error.field).toBe('environment');
  });

  it('refuses duplicate hub ids and a SteelHead pointing at a missing hub', () => {
    expect(errorOf(withHub({ id: 'hub-1' })).message).toContain('used twice');
    const raw = rawSiteFixture('2016-2019-se-multi');
    (raw.steelheads as Record<string, unknown>[])[0] = {
      ...(raw.steelheads as Record<string, unknown>[])[0],
      hubIds: ['hub-9'],
    };
    expect(errorOf(raw).message).toContain("SteelHead 1 hub 'hub-9' does not exist");
  });

  it('refuses two hubs with one NetBIOS name in one AD domain (one computer account each)', () => {
    const raw = rawSiteFixture('2016-2019-se-multi');
    const hubs = raw.hubs as Record<string, unknown>[];
    hubs.push({ ...hubs[0], id: 'hub-3', fqdn: 'ex01b.contoso.local', netbiosName: 'ex01' });
    const error = errorOf(raw);
    expect(error.field).toBe('hubs.2.netbiosName');
    expect(error.message).toContain("NetBIOS name 'EX01' is used twice in contoso.local");
  });

  it('accepts one NetBIOS name in two partner organisations (their own domains)', () => {
    expect(validateSite(withHub({ netbiosName: 'EX01' })).ok).toBe(true);
  });

  it('refuses a site file from another schema version', () => {
    const raw = { ...rawSiteFixture('2010-sp1-single'), schemaVersion: 2 };
    expect(errorOf(raw).field).toBe('schemaVersion');
  });

  it('lists every problem of a blank site for the form', () => {
    const blank = emptySite();
    blank.hubs.push(emptyHub(nextId('hub', [])));
    const fields = siteProblems(blank).map((p) => p.field);
    expect(fields).toContain('customer.name');
    expect(fields).toContain('hubs.0.fqdn');
  });

  it('picks the modern PFX profile only from Windows Server 2019 on', () => {
    const modern = windowsVersions.filter((w) => pfxProfileFor(w) === 'windows-modern');
    expect(modern).toEqual(['2019', '2022', '2025']);
  });
});
