import {
  showCertificatesCommand,
  showReceiveConnectorCommand,
  showSecureListsCommand,
  showSendConnectorCommand,
  showTrustedPeerCommand,
  type Command,
} from '../commands';
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
    const out: Command[] = [
      showCertificatesCommand(),
      ...peersToTrust(ctx.site, hub).map((peer) => showTrustedPeerCommand(peer)),
    ];
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
        : 'SMTP on the new certificate; partner certificates in Trusted Root.',
  }),
};
