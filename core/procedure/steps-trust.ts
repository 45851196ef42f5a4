import { cerPath, siteCaCerPath } from '../certificates/bundle-layout';
import { siteCaCommonName } from '../certificates/site-ca';
import {
  bundleCopyInstruction,
  showTrustedPeerCommand,
  showTrustedSiteCaCommand,
  trustPeerCommands,
  trustSiteCaCommands,
} from '../commands';
import { required, type StepDefinition } from './types';

/** Each hub trusts its partners' self-signed certificates as roots. */
export const trustPartnerCertificate: StepDefinition = {
  id: 'trust-partner-certificate',
  title: "Trust the partner hub's certificate",
  why: 'The certificates are self-signed, so each side only accepts the other once it sits in the computer Trusted Root store.',
  scope: 'partner-pair',
  phase: 'certificates',
  status: 'verified',
  appliesTo: (site) => site.hubs.length > 1 && !site.certificate.siteCa,
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
  warnings: (ctx) => [
    {
      code: 'trusted-root-machine-store',
      level: 'info',
      message: 'Import into the computer (LocalMachine) store, not the current user\u2019s.',
    },
    {
      code: 'self-signed-ca-true',
      level: 'info',
      message: `${required(ctx.peer, 'peer').fqdn}'s certificate is self-signed with CA:TRUE, so in Trusted Root it is a root: whoever holds its private key (that hub and the SteelHead in front of it) could sign a certificate for any name that this server would accept. Keep that key on those two machines only; in site CA mode one root, whose key never goes to a hub or a SteelHead, stands there instead.`,
    },
  ],
};

/** Site CA mode: each hub trusts the one site root, which vouches for every partner hub. */
export const trustSiteCa: StepDefinition = {
  id: 'trust-site-ca',
  title: 'Trust the site CA',
  why: 'Every hub certificate is signed by one site root: once it sits in the computer Trusted Root store, the hub accepts all its partners.',
  scope: 'hub',
  phase: 'certificates',
  status: 'verified',
  appliesTo: (site) => site.hubs.length > 1 && site.certificate.siteCa,
  consoles: (ctx) => [
    {
      console: 'mmc',
      steps: [
        bundleCopyInstruction(required(ctx.hub, 'hub'), ctx.options),
        'Run mmc, add the Certificates snap-in for the Computer account, Local computer.',
        'Open Trusted Root Certification Authorities > Certificates; right-click, All Tasks > Import...',
        `Choose ${siteCaCerPath} from the bundle, keep the store Trusted Root Certification Authorities, Finish.`,
      ],
      status: 'partial',
    },
  ],
  illustration: () => 'mmc-trusted-root-import',
  shellOnly: () => false,
  commands: (ctx) => trustSiteCaCommands(required(ctx.hub, 'hub'), ctx.options),
  verify: (ctx) => ({
    how: 'Look for the site CA in the computer Trusted Root store.',
    command: showTrustedSiteCaCommand(siteCaCommonName(ctx.site)),
    expected: `One entry with Subject CN=${siteCaCommonName(ctx.site)} (any attributes after the CN are fine).`,
  }),
  warnings: () => [
    {
      code: 'trusted-root-machine-store',
      level: 'info',
      message: 'Import into the computer (LocalMachine) store, not the current user\u2019s.',
    },
  ],
};
