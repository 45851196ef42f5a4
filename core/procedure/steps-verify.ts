import {
  partnerSessionLogCommand,
  showCertificatesCommand,
  showInternalTransportCertificateCommand,
  showProtocolLoggingCommand,
  showReceiveConnectorCommand,
  showSecureListsCommand,
  showSendConnectorCommand,
  showTrustedPeerCommand,
  showTrustedSiteCaCommand,
  steelheadShowCommands,
  type Command,
} from '../commands';
import { siteCaCommonName } from '../certificates/site-ca';
import type { Hub, Site } from '../site';
import { partnerAddresses, peersToTrust } from '../trust/matrix';
import { steelheadsOptimiseTls } from '../trust/steelheads';
import { securedReceiveConnector } from './connector-choice';
import { defaultSmtpDecision } from './default-smtp';
import { required, type ConsoleInstructions, type StepDefinition } from './types';

/** The SteelHeads that stand in for this hub (server-side), by name. */
function steelheadsInFront(site: Site, hub: Hub): string[] {
  return site.steelheads.filter((sh) => sh.hubIds.includes(hub.id)).map((sh) => sh.name);
}

/** How the engineer proves mutual TLS (multi-domain) or the optimised path (both) on a test message. */
function proofInstructions(site: Site, hub: Hub): ConsoleInstructions[] {
  const multi = site.environment === 'multi-domain';
  const ems: ConsoleInstructions = {
    console: 'ems',
    steps: [
      'Run the commands below and keep their output (screenshot or text) as evidence.',
      multi
        ? `Ask each partner to send a test message to a mailbox on ${hub.netbiosName}, and send one back; confirm both arrive.`
        : `Send a test message between a mailbox on ${hub.netbiosName} and one on another hub; confirm it arrives.`,
      multi
        ? 'Open the partner\u2019s message in Outlook (File > Properties, Internet headers): X-MS-Exchange-Organization-AuthAs: Partner means it arrived domain-secured; Anonymous means mutual TLS did not happen (partial: header names from a published walkthrough).'
        : 'Open the message\u2019s Internet headers in Outlook: X-MS-Exchange-Organization-AuthAs: Internal shows it travelled as mail between Exchange servers of the organisation (partial).',
      ...(multi
        ? [
            `The protocol log command lists the partner hubs\u2019 sessions on ${securedReceiveConnector(site, hub)}: they must show STARTTLS and continue over TLS (log wording not verified here). If the connector's ProtocolLoggingLevel is None, set it to Verbose for the test and back afterwards.`,
          ]
        : []),
    ],
    status: 'partial',
  };
  const steelheads = steelheadsInFront(site, hub);
  if (steelheads.length === 0) return [ems];
  if (!steelheadsOptimiseTls(site))
    return [
      ems,
      {
        console: 'steelhead-gui',
        steps: [
          `On ${steelheads.join(' and ')}, while the test message passes: the current connections report lists the SMTP connections with ${hub.fqdn} as optimised, and not as SSL (TLS is off between the hubs across the WAN; page name unverified).`,
        ],
        status: 'unverified',
      },
    ];
  return [
    ems,
    {
      console: 'steelhead-gui',
      steps: [
        `On ${steelheads.join(' and ')}, while the test message passes: the SSL optimisation report (Reports > Optimization, SSL: page name unverified) counts new optimised SSL connections to ${hub.fqdn}; none means the traffic passed through unoptimised.`,
        `On the CLI, show protocol ssl backend lists ${hub.fqdn} with its proxy certificate, and show secure-peering lists the peer SteelHeads as trusted.`,
      ],
      status: 'unverified',
    },
  ];
}

/** End-to-end check on each hub once everything else is done. */
export const finalVerification: StepDefinition = {
  id: 'final-verification',
  title: 'Final verification on the hub',
  why: 'One pass that proves the result, not just delivery: the certificate in use, mutual TLS on partner mail, and the SteelHead optimising it; recorded as evidence for the completion certificate.',
  scope: 'hub',
  phase: 'verification',
  status: 'verified',
  appliesTo: () => true,
  consoles: (ctx) => proofInstructions(ctx.site, required(ctx.hub, 'hub')),
  illustration: () => 'ems-console',
  shellOnly: () => true,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    // Site CA mode puts only the site root into Trusted Root; partner leaves are never there.
    const trusts = ctx.site.certificate.siteCa
      ? peersToTrust(ctx.site, hub).length > 0
        ? [showTrustedSiteCaCommand(siteCaCommonName(ctx.site))]
        : []
      : peersToTrust(ctx.site, hub).map((peer) => showTrustedPeerCommand(peer));
    const out: Command[] = [showCertificatesCommand(), ...trusts];
    if (defaultSmtpDecision(ctx.site, hub).overwrite) {
      out.push(showInternalTransportCertificateCommand(hub));
    }
    if (ctx.site.environment === 'multi-domain') {
      const secured = securedReceiveConnector(ctx.site, hub);
      const partners = partnerAddresses(ctx.site, hub);
      out.push(
        showReceiveConnectorCommand(hub, secured),
        showSendConnectorCommand(hub.sendConnectorName),
        showSecureListsCommand(),
        showProtocolLoggingCommand(hub, secured),
        ...(partners.length > 0 ? [partnerSessionLogCommand(hub, partners)] : []),
      );
    }
    if (steelheadsInFront(ctx.site, hub).length > 0) out.push(...steelheadShowCommands());
    return out;
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const internal = defaultSmtpDecision(ctx.site, hub).overwrite
      ? ' InternalTransportCertificateThumbprint is the new certificate.'
      : '';
    return {
      how: 'Read the output of the commands above and the test message\u2019s headers.',
      command: showCertificatesCommand(),
      expected:
        ctx.site.environment === 'multi-domain'
          ? `SMTP on the new certificate;${internal} DomainSecureEnabled True on both connectors; partner domains on both lists; the partner's test message carries X-MS-Exchange-Organization-AuthAs: Partner; the SteelHead counts optimised SSL connections to ${hub.fqdn}.`
          : `SMTP on the new certificate;${internal} ${ctx.site.certificate.siteCa ? 'the site CA' : 'partner certificates'} in Trusted Root; ${steelheadsOptimiseTls(ctx.site) ? `the SteelHead counts optimised SSL connections to ${hub.fqdn}` : `the SteelHead shows the SMTP connections with ${hub.fqdn} optimised as plain SMTP, not SSL`}.`,
    };
  },
};
