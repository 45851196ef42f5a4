import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allSteps,
  installScript,
  missingTrust,
  planFor,
  renderPlanText,
} from '../../../../core/plan';
import {
  defaultWindowsFor,
  exchangeVersions,
  supportedWindows,
  validateSite,
  windowsVersions,
} from '../../../../core/site';

const forests = ['contoso.local', 'fabrikam.local', 'northwind.corp'];

const hub = (i: number) =>
  fc
    .record({
      forestIndex: fc.nat({ max: 2 }),
      windowsVersion: fc.constantFrom(...windowsVersions),
      internet: fc.boolean(),
      smartHost: fc.boolean(),
      ip: fc.option(fc.tuple(fc.nat({ max: 255 }), fc.nat({ max: 255 })), { nil: undefined }),
      customReceive: fc.option(
        fc.constantFrom('Partner TLS', "O'Hare relay", 'Relay \u2018B\u2019'),
        { nil: undefined },
      ),
    })
    .map((h) => {
      const forest = forests[h.forestIndex] ?? 'contoso.local';
      return {
        id: `hub-${i + 1}`,
        fqdn: `hub${i + 1}.${forest}`,
        netbiosName: `HUB${i + 1}`,
        adDomain: forest,
        forest,
        smtpDomain: forest.replace(/\.(local|corp)$/u, '.com'),
        windowsVersion: h.windowsVersion,
        sendConnectorName: `To partners ${i + 1}`,
        ...(h.customReceive ? { receiveConnectorName: h.customReceive } : {}),
        receiveConnectorInternetFacing: h.internet,
        sendConnectorUsesSmartHost: h.smartHost,
        ipAddresses: h.ip ? [`10.${h.ip[0]}.${h.ip[1]}.25`] : [],
      };
    });

const site = fc
  .record({
    version: fc.constantFrom(...exchangeVersions),
    hubCount: fc.integer({ min: 1, max: 5 }),
    keySize: fc.constantFrom(2048 as const, 3072 as const, 4096 as const),
    steelheadSides: fc.array(fc.constantFrom('client-side' as const, 'server-side' as const), {
      maxLength: 3,
    }),
  })
  .chain((s) =>
    fc.tuple(...Array.from({ length: s.hubCount }, (_, i) => hub(i))).map((hubs) => {
      const multi = new Set(hubs.map((h) => h.forest)).size > 1;
      return {
        schemaVersion: 1,
        customer: { name: 'Customer', siteName: 'Site' },
        engineer: { name: 'Engineer', email: '' },
        exchangeVersion: s.version,
        environment: multi ? 'multi-domain' : 'single-domain',
        // Each hub on a Windows version its Exchange version runs on (others are refused).
        hubs: hubs.map((h) =>
          supportedWindows[s.version].includes(h.windowsVersion)
            ? h
            : { ...h, windowsVersion: defaultWindowsFor(s.version) },
        ),
        steelheads: s.steelheadSides.map((side, i) => ({
          id: `sh-${i + 1}`,
          name: `sh${i + 1}`,
          side,
          riosVersion: '9.2.1',
          sslLicence: true,
          hubIds: [],
        })),
        certificate: {
          keySize: s.keySize,
          legacyKeyAllowed: false,
          validityDays: 730,
          pfxProfile: 'auto',
        },
      };
    }),
  );

describe('any valid site', () => {
  it('plans, scripts and renders without throwing, with unique keys and none of the seed typos', () => {
    fc.assert(
      fc.property(site, (raw) => {
        const parsed = validateSite(raw);
        if (!parsed.ok) throw new Error(`${parsed.error.field}: ${parsed.error.message}`);
        const plan = planFor(parsed.value);
        const steps = allSteps(plan);
        expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
        const text = renderPlanText(plan);
        expect(text).not.toMatch(
          /-DomainSecurityEnabled|-DomainSecurity\s+Enabled|DomainSecureList\s+\{/u,
        );
        for (const h of parsed.value.hubs) {
          const script = installScript(parsed.value, h.id, { now: new Date(0) });
          expect(script.ok).toBe(true);
        }
        const open = missingTrust(plan.trust, {});
        expect(open.trusts.length).toBe(plan.trust.edges.length);
        if (parsed.value.environment === 'single-domain') {
          expect(steps.some((s) => s.stepId === 'transport-secure-lists')).toBe(false);
        } else {
          const orgs = new Set(parsed.value.hubs.map((x) => x.forest)).size;
          expect(steps.filter((s) => s.stepId === 'transport-secure-lists')).toHaveLength(orgs);
        }
      }),
      { numRuns: 300 },
    );
  });
});
