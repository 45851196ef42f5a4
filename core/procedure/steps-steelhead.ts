import { inPathRuleCommand, steelheadShowCommands } from '../commands';
import { exchangeAtLeast, type Hub, type Site } from '../site';
import { required, type StepDefinition } from './types';

/** Hubs a SteelHead fronts: the ones it lists, or every hub when it lists none. */
function frontedHubs(site: Site, hubIds: readonly string[]): Hub[] {
  return hubIds.length === 0 ? site.hubs : site.hubs.filter((h) => hubIds.includes(h.id));
}

/** Server-side SteelHead: the hubs' certificates and keys as proxy certificates (GUI only). */
export const steelheadServerSide: StepDefinition = {
  id: 'steelhead-server-side',
  title: 'Load the hub certificates on the server-side SteelHead',
  why: 'The server-side SteelHead stands in for the hub in TLS, so it needs each fronted hub\u2019s certificate and private key.',
  scope: 'steelhead-server-side',
  phase: 'steelhead',
  status: 'partial',
  appliesTo: (site) => site.steelheads.some((s) => s.side === 'server-side'),
  consoles: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    const hubs = frontedHubs(ctx.site, sh.hubIds)
      .map((h) => h.fqdn)
      .join(', ');
    const steps = [
      'Enable SSL optimisation and set the secure vault password on this and the client-side SteelHeads (page names vary by release: unverified).',
      `Optimization > SSL: add a proxy certificate and private key for ${hubs} (the hub PFX, or its .crt and .key).`,
      `Optimization > SSL: Certificate Authorities: add the certificates of ${hubs}, as they are self-signed (inferred).`,
      'Set up secure peering (trust) between this SteelHead and the client-side SteelHeads.',
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
        'Each fronted hub appears with its proxy certificate; secure peering lists the client-side SteelHeads as trusted.',
    };
  },
  warnings: () => [
    {
      code: 'steelhead-cli-unverified',
      level: 'info',
      message:
        'Only the show commands are verified for the RiOS CLI; do the configuration in the Management Console.',
    },
  ],
};

/** Client-side SteelHead: an in-path rule with SSL pre-optimisation towards each remote hub. */
export const steelheadClientSide: StepDefinition = {
  id: 'steelhead-client-side',
  title: 'Add SSL pre-optimisation in-path rules on the client-side SteelHead',
  why: 'The client-side SteelHead only hands SMTP to SSL optimisation when an in-path rule says so.',
  scope: 'steelhead-client-side',
  phase: 'steelhead',
  status: 'partial',
  appliesTo: (site) => site.steelheads.some((s) => s.side === 'client-side'),
  consoles: () => [
    {
      console: 'steelhead-gui',
      steps: [
        'Optimization > Network Services: In-Path Rules: add an auto-discover rule to each remote hub with Preoptimization Policy SSL (page name unverified).',
      ],
      status: 'partial',
    },
  ],
  illustration: () => 'steelhead-in-path-rules',
  shellOnly: () => false,
  commands: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    const local = new Set(sh.hubIds);
    // Mail between organisations arrives on 25; inside one 2013+ organisation hubs talk on 2525.
    const portOf = (h: Hub): 25 | 2525 =>
      ctx.site.environment === 'single-domain' && exchangeAtLeast(h.exchangeVersion, '2013')
        ? 2525
        : 25;
    return ctx.site.hubs
      .filter((h) => !local.has(h.id))
      .flatMap((h) => h.ipAddresses.map((ip) => inPathRuleCommand(h.netbiosName, ip, portOf(h))));
  },
  verify: () => {
    const [, peering] = steelheadShowCommands();
    return {
      how: 'Send a test message between the hubs and check the SteelHead reports optimised SSL connections on the SMTP port; show secure peering.',
      ...(peering ? { command: peering } : {}),
      expected:
        'The peer SteelHead is listed as trusted and SMTP connections show as SSL-optimised.',
    };
  },
  warnings: (ctx) =>
    ctx.site.hubs.some((h) => h.ipAddresses.length === 0)
      ? [
          {
            code: 'in-path-rule-addresses-missing',
            level: 'warning',
            message:
              'Some hubs have no IP address recorded, so no in-path rule is printed for them: add the rule in the Management Console by hand.',
          },
        ]
      : [],
};
