import { inPathRuleCommand, steelheadShowCommands } from '../commands';
import { siteCaCerPath } from '../certificates/bundle-layout';
import type { Site, Steelhead } from '../site';
import { inPathRules, localHubs, remoteHubs, steelheadsOptimiseTls } from '../trust/steelheads';
import { required, type PlanWarning, type StepDefinition } from './types';

/** A SteelHead that lists no hubs fronts none: say so instead of guessing "all". */
function frontsNoHubs(sh: Steelhead): PlanWarning[] {
  return sh.hubIds.length === 0
    ? [
        {
          code: 'steelhead-fronts-no-hubs',
          level: 'danger',
          message: `SteelHead ${sh.name} lists no hubs: list the hubs it sits in front of (only its own organisation's) so the runbook can say which certificates it holds and which rules it needs.`,
        },
      ]
    : [];
}

/** The CA the SteelHead must trust to check its local hubs' certificates. */
function caInstruction(site: Site, hubs: string): string {
  return site.certificate.siteCa
    ? `Optimization > SSL: Certificate Authorities: add the site CA (${siteCaCerPath}), which signed every hub certificate (inferred).`
    : `Optimization > SSL: Certificate Authorities: add the certificates of ${hubs}; each is self-signed, so it is its own CA (inferred).`;
}

/** Every SteelHead is server-side for its own hubs: their certificates and keys as proxy certificates. */
export const steelheadServerSide: StepDefinition = {
  id: 'steelhead-server-side',
  title: 'Load the local hubs\u2019 certificates on the SteelHead (server-side role)',
  why: 'For mail arriving at its own hubs the SteelHead stands in for them in TLS, so it needs each local hub\u2019s certificate and private key, and never another organisation\u2019s.',
  scope: 'steelhead-server-side',
  phase: 'steelhead',
  status: 'partial',
  appliesTo: steelheadsOptimiseTls,
  consoles: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    const local = localHubs(ctx.site, sh);
    if (local.length === 0) {
      return [
        {
          console: 'steelhead-gui',
          steps: [
            'This SteelHead lists no hubs: load no proxy certificate until its own hubs are listed in the site.',
          ],
          status: 'verified',
        },
      ];
    }
    const hubs = local.map((h) => h.fqdn).join(', ');
    const steps = [
      'Enable SSL optimisation and set the secure vault password on this and the peer SteelHeads (page names vary by release: unverified).',
      `Optimization > SSL: add a proxy certificate and private key for ${hubs} (the hub PFX, or its .crt and .key), and for no other hub.`,
      caInstruction(ctx.site, hubs),
      'Set up secure peering (trust) between this SteelHead and the peer SteelHeads.',
    ];
    if (ctx.site.environment === 'multi-domain') {
      steps.push(
        'Optimization > SSL: Advanced Settings: turn on Client Certificate Support, as the hubs authenticate each other (inferred).',
      );
    }
    return [{ console: 'steelhead-gui', steps, status: 'unverified' }];
  },
  illustration: () => 'steelhead-ssl-pages',
  shellOnly: () => false,
  commands: () => [],
  verify: () => {
    const [backend] = steelheadShowCommands();
    return {
      how: 'On the SteelHead CLI, show the SSL back-end settings and secure peering.',
      ...(backend ? { command: backend } : {}),
      expected:
        'Each local hub appears with its proxy certificate (no other hub); secure peering lists the peer SteelHeads as trusted.',
    };
  },
  warnings: (ctx) => [
    {
      code: 'steelhead-cli-unverified',
      level: 'info',
      message:
        'Only the show commands are verified for the RiOS CLI; do the configuration in the Management Console.',
    },
    ...frontsNoHubs(required(ctx.steelhead, 'steelhead')),
  ],
};

/** Every SteelHead is client-side towards the remote hubs: an SSL pre-optimisation rule to each. */
export const steelheadClientSide: StepDefinition = {
  id: 'steelhead-client-side',
  title: 'Add SSL pre-optimisation in-path rules towards the remote hubs (client-side role)',
  why: 'For mail leaving its own hubs the SteelHead only hands SMTP to SSL optimisation when an in-path rule towards the receiving hub says so.',
  scope: 'steelhead-client-side',
  phase: 'steelhead',
  status: 'partial',
  appliesTo: steelheadsOptimiseTls,
  consoles: (ctx) => {
    const remote = remoteHubs(ctx.site, required(ctx.steelhead, 'steelhead'));
    return [
      {
        console: 'steelhead-gui',
        steps: [
          remote.length === 0
            ? 'No remote hubs for this SteelHead: add no rule.'
            : `Optimization > Network Services: In-Path Rules: add an auto-discover rule with Preoptimization Policy SSL towards ${remote.map((h) => h.fqdn).join(', ')}, on the port each rule below names (page name unverified).`,
        ],
        status: 'partial',
      },
    ];
  },
  illustration: () => 'steelhead-in-path-rules',
  shellOnly: () => false,
  commands: (ctx) =>
    inPathRules(ctx.site, required(ctx.steelhead, 'steelhead')).map((r) =>
      inPathRuleCommand(r.hub.netbiosName, r.ip, r.port),
    ),
  verify: () => {
    const [, peering] = steelheadShowCommands();
    return {
      how: 'Send a test message between the hubs and check the SteelHead reports optimised SSL connections on the SMTP port; show secure peering.',
      ...(peering ? { command: peering } : {}),
      expected:
        'The peer SteelHead is listed as trusted and SMTP connections show as SSL-optimised.',
    };
  },
  warnings: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    const out = frontsNoHubs(sh);
    if (remoteHubs(ctx.site, sh).some((h) => h.ipAddresses.length === 0)) {
      out.push({
        code: 'in-path-rule-addresses-missing',
        level: 'warning',
        message:
          'Some remote hubs have no IP address recorded, so no in-path rule is printed for them: add the rule in the Management Console by hand.',
      });
    }
    return out;
  },
};
