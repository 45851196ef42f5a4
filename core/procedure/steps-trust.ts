import { cerPath, showTrustedPeerCommand, trustPeerCommands } from '../commands';
import { required, type StepDefinition } from './types';

/** Each hub trusts its partners' self-signed certificates as roots. */
export const trustPartnerCertificate: StepDefinition = {
  id: 'trust-partner-certificate',
  title: "Trust the partner hub's certificate",
  why: 'The certificates are self-signed, so each side only accepts the other once it sits in the computer Trusted Root store.',
  scope: 'partner-pair',
  phase: 'certificates',
  status: 'verified',
  appliesTo: (site) => site.hubs.length > 1,
  consoles: (ctx) => {
    const peer = required(ctx.peer, 'peer');
    return [
      {
        console: 'mmc',
        steps: [
          'Run mmc, add the Certificates snap-in for the Computer account, Local computer.',
          'Open Trusted Root Certification Authorities > Certificates; right-click, All Tasks > Import...',
          `Choose ${cerPath(peer)} from the bundle, keep the store Trusted Root Certification Authorities, Finish.`,
        ],
        status: 'partial',
      },
    ];
  },
  illustration: () => 'mmc-trusted-root-import',
  shellOnly: () => false,
  commands: (ctx) =>
    trustPeerCommands(required(ctx.hub, 'hub'), required(ctx.peer, 'peer'), ctx.options),
  verify: (ctx) => {
    const peer = required(ctx.peer, 'peer');
    return {
      how: 'Look for the partner certificate in the computer Trusted Root store.',
      command: showTrustedPeerCommand(peer),
      expected: `One entry with Subject CN=${peer.fqdn}.`,
    };
  },
  warnings: () => [
    {
      code: 'trusted-root-machine-store',
      level: 'info',
      message: 'Import into the computer (LocalMachine) store, not the current user\u2019s.',
    },
  ],
};
