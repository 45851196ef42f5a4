import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import {
  beforeWarnings,
  checkExpectations,
  checkHub,
  expectationsForHub,
  mergeObserved,
  stepVerdicts,
  type CheckResult,
  type HubCheck,
  type ObservationSource,
  type ObservedRootEntry,
  type ObservedServer,
  type ObservedState,
  type ObservedTransportConfig,
  type StepVerdict,
  type Verdict,
} from '../../../../core/verification';
import { siteFixture } from '../site/load-fixture';

const OURS = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
const PEER = '0F1E2D3C4B5A69788796A5B4C3D2E1F012345678';
const inputs = { thumbprints: { 'hub-1': OURS, 'hub-2': PEER }, siteCaThumbprint: null };
const plan = planFor(siteFixture('2010-sp1-multi'));

/** EX01 after every step: what the 2010 SP1 multi-domain fixture expects. */
const after: ObservedState = {
  source: 'collector',
  server: {
    name: 'EX01',
    fqdn: 'ex01.contoso.local',
    exchangeBuild: 'Version 14.3 (Build 123.4)',
    windowsVersion: null,
  },
  certificates: [
    {
      thumbprint: OURS,
      subject: 'CN=ex01.contoso.local',
      friendlyName: null,
      domains: ['ex01.contoso.local'],
      services: ['SMTP'],
      notBefore: null,
      notAfter: null,
      keySize: 2048,
      hasPrivateKey: true,
    },
  ],
  receiveConnectors: [
    {
      identity: 'EX01\\Default EX01',
      name: 'Default EX01',
      bindings: ['0.0.0.0:25'],
      remoteIpRanges: ['0.0.0.0-255.255.255.255'],
      permissionGroups: ['ExchangeUsers', 'ExchangeServers', 'ExchangeLegacyServers', 'Partners'],
      authMechanism: ['Tls', 'Integrated', 'BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer'],
      domainSecureEnabled: true,
      fqdn: 'ex01.contoso.local',
      transportRole: null,
    },
  ],
  sendConnectors: [
    {
      name: 'To Fabrikam',
      addressSpaces: ['SMTP:fabrikam.com;1'],
      smartHosts: [],
      dnsRoutingEnabled: true,
      ignoreStartTls: false,
      domainSecureEnabled: true,
      fqdn: null,
    },
  ],
  transportConfig: {
    tlsSendDomainSecureList: ['fabrikam.com'],
    tlsReceiveDomainSecureList: ['fabrikam.com'],
  },
  rootStore: [{ thumbprint: PEER, subject: 'CN=mx1.fabrikam.local', notAfter: null }],
};

describe('expectations from the plan', () => {
  it('derives the verification expectations of a multi-domain hub from its steps', () => {
    const ids = expectationsForHub(plan, 'hub-1', inputs)
      .filter((e) => e.phase === 'after')
      .map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'certificate-present',
        'certificate-smtp',
        'receive-partners',
        'receive-domain-secure',
        'send-domain-secure',
        'secure-list-send:fabrikam.com',
        'secure-list-receive:fabrikam.com',
        'root-peer:hub-2',
      ]),
    );
  });

  it('names the step each expectation verifies and the final verification', () => {
    const smtp = expectationsForHub(plan, 'hub-1', inputs).find((e) => e.id === 'certificate-smtp');
    expect(smtp?.stepKeys).toEqual([
      'certificate-assign-smtp@hub:hub-1',
      'final-verification@hub:hub-1',
    ]);
  });

  it('gives an unknown hub no expectations', () => {
    expect(expectationsForHub(plan, 'nope', inputs)).toEqual([]);
  });

  it('has no domain-security expectations on a single-domain site', () => {
    const single = planFor(siteFixture('2010-sp1-single'));
    const ids = expectationsForHub(single, single.site.hubs[0]!.id, inputs).map((e) => e.id);
    expect(ids).toContain('certificate-smtp');
    expect(ids.some((id) => id.startsWith('secure-list') || id.startsWith('send-'))).toBe(false);
  });
});

describe('the checker', () => {
  it('passes every after-expectation on a finished hub and marks the steps verified', () => {
    const check = checkHub(plan, 'hub-1', after, inputs, 'after');
    expect(check.refusal).toBeNull();
    expect(check.results.length).toBeGreaterThan(8);
    expect(
      check.results
        .filter((r) => r.verdict !== 'pass')
        .map((r) => `${r.expectation.id}: ${r.found}`),
    ).toEqual([]);
    const verdicts = stepVerdicts(check.results);
    expect(verdicts['certificate-assign-smtp@hub:hub-1']).toBe('verified');
    expect(verdicts['final-verification@hub:hub-1']).toBe('verified');
    expect(verdicts['transport-secure-lists@org:contoso.local']).toBe('verified');
  });

  it('fails SMTP when our certificate lacks it, and the step and final verification fail', () => {
    const state = { ...after, certificates: [{ ...after.certificates![0]!, services: ['IIS'] }] };
    const check = checkHub(plan, 'hub-1', state, inputs, 'after');
    expect(check.results.find((r) => r.expectation.id === 'certificate-smtp')?.verdict).toBe(
      'fail',
    );
    const verdicts = stepVerdicts(check.results);
    expect(verdicts['certificate-assign-smtp@hub:hub-1']).toBe('failed');
    expect(verdicts['final-verification@hub:hub-1']).toBe('failed');
  });

  it('says unknown, never pass, for sections the state did not show', () => {
    const check = checkHub(plan, 'hub-1', { source: 'pasted' }, inputs, 'after');
    expect(check.results.length).toBeGreaterThan(0);
    expect(new Set(check.results.map((r) => r.verdict))).toEqual(new Set(['unknown']));
  });

  it('says unknown when the app holds no thumbprint for our certificate', () => {
    const none = { thumbprints: {}, siteCaThumbprint: null };
    const results = checkExpectations(expectationsForHub(plan, 'hub-1', none), after);
    expect(results.find((r) => r.expectation.id === 'certificate-present')?.verdict).toBe(
      'unknown',
    );
  });

  it('refuses a state read on another server', () => {
    const check = checkHub(
      plan,
      'hub-1',
      { ...after, server: { ...after.server!, name: 'MX1' } },
      inputs,
      'after',
    );
    expect(check.refusal?.code).toBe('wrong-server');
    expect(check.results).toEqual([]);
  });

  it('refuses pasted connector output from another server', () => {
    const pasted: ObservedState = {
      source: 'pasted',
      receiveConnectors: [{ ...after.receiveConnectors![0]!, identity: 'MX1\\Default MX1' }],
    };
    expect(checkHub(plan, 'hub-1', pasted, inputs, 'after').refusal?.code).toBe('wrong-server');
  });

  it('names the servers the right way round for a file that mixes them', () => {
    const mixed = (server: string, connector: string): ObservedState => ({
      ...after,
      server: { ...after.server!, name: server },
      receiveConnectors: [
        { ...after.receiveConnectors![0]!, identity: `${connector}\\Default ${connector}` },
      ],
    });
    // Read on EX01 (the hub) but listing MX1's connector: it was not read on MX1.
    expect(checkHub(plan, 'hub-1', mixed('EX01', 'MX1'), inputs, 'after').refusal?.message).toBe(
      'This state says it was read on EX01 but lists MX1\\Default MX1, a receive connector of MX1: it mixes two servers. Collect it again on EX01 (collect-EX01.ps1).',
    );
    // Read on MX1 though it lists EX01's connector: read on MX1, not on EX01.
    expect(checkHub(plan, 'hub-1', mixed('MX1', 'EX01'), inputs, 'after').refusal?.message).toBe(
      'This state was read on MX1, not on EX01: read the file from EX01 (collect-EX01.ps1).',
    );
  });
});

describe('before-state assumptions', () => {
  it('warns on the permission-group step when the live connector takes anonymous mail', () => {
    const before: ObservedState = {
      ...after,
      receiveConnectors: [
        {
          ...after.receiveConnectors![0]!,
          permissionGroups: ['AnonymousUsers', 'ExchangeServers'],
          domainSecureEnabled: false,
        },
      ],
    };
    const check = checkHub(plan, 'hub-1', before, inputs, 'before');
    const warnings = beforeWarnings(check.results);
    expect(warnings['receive-connector-permissions@hub:hub-1']?.map((w) => w.code)).toEqual([
      'live-connector-internet-facing',
    ]);
  });

  it('warns on the send connector step when the live connector uses a smart host', () => {
    const before: ObservedState = {
      ...after,
      sendConnectors: [
        {
          ...after.sendConnectors![0]!,
          smartHosts: ['relay.contoso.com'],
          dnsRoutingEnabled: false,
        },
      ],
    };
    const warnings = beforeWarnings(checkHub(plan, 'hub-1', before, inputs, 'before').results);
    expect(warnings['send-connector-domain-secure@hub:hub-1']?.map((w) => w.code)).toEqual([
      'live-send-connector-smart-host',
    ]);
  });

  it('notes an older certificate already bound to SMTP and a domain already listed', () => {
    const old = {
      ...after.certificates![0]!,
      thumbprint: 'FFFF2D3C4B5A69788796A5B4C3D2E1F012345678',
    };
    const warnings = beforeWarnings(
      checkHub(plan, 'hub-1', { ...after, certificates: [old] }, inputs, 'before').results,
    );
    expect(warnings['certificate-assign-smtp@hub:hub-1']?.[0]?.message).toContain('FFFF2D3C');
    expect(warnings['transport-secure-lists@org:contoso.local']?.map((w) => w.level)).toEqual([
      'info',
      'info',
    ]);
  });

  it('warns when the server runs another Exchange version than the site says', () => {
    const state = {
      ...after,
      server: { ...after.server!, exchangeBuild: 'Version 15.1 (Build 2507.6)' },
    };
    const warnings = beforeWarnings(checkHub(plan, 'hub-1', state, inputs, 'before').results);
    expect(warnings['certificate-import@hub:hub-1']?.map((w) => w.code)).toEqual([
      'live-exchange-version',
    ]);
  });

  it('adds no warning where the server agrees with the plan', () => {
    const clean: ObservedState = {
      ...after,
      certificates: [],
      transportConfig: { tlsSendDomainSecureList: [], tlsReceiveDomainSecureList: [] },
    };
    expect(beforeWarnings(checkHub(plan, 'hub-1', clean, inputs, 'before').results)).toEqual({});
  });
});

describe('the observed-state model', () => {
  it('merges pasted observations of one server, later sections winning', () => {
    const source: ObservationSource = 'pasted';
    const server: ObservedServer = {
      name: 'EX01',
      fqdn: null,
      exchangeBuild: null,
      windowsVersion: null,
    };
    const lists: ObservedTransportConfig = {
      tlsSendDomainSecureList: ['a.example'],
      tlsReceiveDomainSecureList: [],
    };
    const root: ObservedRootEntry[] = [{ thumbprint: PEER, subject: null, notAfter: null }];
    const merged = mergeObserved(
      { source, server, transportConfig: lists },
      { source, rootStore: root, transportConfig: undefined },
    );
    expect(merged).toEqual({ source, server, transportConfig: lists, rootStore: root });
  });

  it('types the checker API the sign-off reads', () => {
    const check: HubCheck = checkHub(plan, 'hub-1', after, inputs, 'after');
    const results: readonly CheckResult[] = check.results;
    const verdicts: Verdict[] = results.map((r) => r.verdict);
    const steps: Record<string, StepVerdict> = stepVerdicts(results);
    expect(verdicts).toContain('pass');
    expect(Object.values(steps)).toContain('verified');
  });
});
