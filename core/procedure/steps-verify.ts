import {
  showCertificatesCommand,
  showReceiveConnectorCommand,
  showSecureListsCommand,
  showSendConnectorCommand,
  showTrustedPeerCommand,
  showTrustedSiteCaCommand,
  type Command,
} from '../commands';
import { siteCaCommonName } from '../certificates/site-ca';
import { peersToTrust } from '../trust/matrix';
import { securedReceiveConnector } from './connector-choice';
import { required, type StepDefinition } from './types';

/** End-to-end check on each hub once everything else is done. */
export const finalVerification: StepDefinition = {
  id: 'final-verification',
  title: 'Final verification on the hub',
  why: 'One pass over everything the hub relies on, recorded as evidence for the completion certificate.',
  scope: 'hub',
  phase: 'verification',
  status: 'verified',
  appliesTo: () => true,
  consoles: () => [
    {
      console: 'ems',
      steps: [
        'Run the commands below and keep their output (screenshot or text) as evidence.',
        'Send a test message to a mailbox behind each partner hub and confirm it arrives.',
      ],
      status: 'verified',
    },
  ],
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
    if (ctx.site.environment === 'multi-domain') {
      out.push(
        showReceiveConnectorCommand(hub, securedReceiveConnector(ctx.site, hub)),
        showSendConnectorCommand(hub.sendConnectorName),
        showSecureListsCommand(),
      );
    }
    return out;
  },
  verify: (ctx) => ({
    how: 'Read the output of the commands above.',
    command: showCertificatesCommand(),
    expected:
      ctx.site.environment === 'multi-domain'
        ? 'SMTP on the new certificate; DomainSecureEnabled True on both connectors; partner domains on both lists.'
        : ctx.site.certificate.siteCa
          ? 'SMTP on the new certificate; the site CA in Trusted Root.'
          : 'SMTP on the new certificate; partner certificates in Trusted Root.',
  }),
};
