import { verifyTrustCommand } from '../commands';
import { riosAtLeast } from '../site';
import { steelheadsOptimiseTls } from '../trust/steelheads';
import { required, type PlanWarning, type StepDefinition } from './types';

/** SSL licence and RiOS 7.0+ on every SteelHead taking part (seed prerequisites, VERIFIED). */
export const steelheadPrerequisites: StepDefinition = {
  id: 'steelhead-prerequisites',
  title: 'Check the SteelHead has an SSL licence and RiOS 7.0 or later',
  why: 'Secure SMTP optimisation exists from RiOS 7.0 and needs the SSL licence on every SteelHead in the path.',
  scope: 'prerequisite',
  phase: 'prerequisites',
  status: 'verified',
  appliesTo: steelheadsOptimiseTls,
  consoles: () => [
    {
      console: 'steelhead-gui',
      steps: [
        'Open the SteelHead Management Console and note the RiOS version shown on the dashboard.',
        'Open the licensing page and confirm an SSL licence is installed and valid (page name varies by RiOS release: unverified).',
        'From SteelHead 9.10.1, TLS optimisation is a separately licensed feature: check that licence too.',
      ],
      status: 'partial',
    },
  ],
  illustration: () => 'steelhead-licences',
  shellOnly: () => false,
  commands: () => [],
  verify: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    return {
      how: `On ${sh.name}, read the RiOS version and the licence list.`,
      expected: 'RiOS 7.0 or later; an SSL licence listed as valid.',
    };
  },
  warnings: (ctx) => {
    const sh = required(ctx.steelhead, 'steelhead');
    const out: PlanWarning[] = [];
    if (!sh.sslLicence) {
      out.push({
        code: 'steelhead-no-ssl-licence',
        level: 'danger',
        message: `SteelHead ${sh.name} has no SSL licence recorded: Secure SMTP will not be optimised until one is installed.`,
      });
    }
    if (!riosAtLeast(sh.riosVersion, 7, 0)) {
      out.push({
        code: 'steelhead-rios-too-old',
        level: 'danger',
        message: `SteelHead ${sh.name} runs RiOS ${sh.riosVersion}: Secure SMTP needs 7.0 or later, older releases pass STARTTLS traffic through unoptimised.`,
      });
    }
    return out;
  },
};

/** Two-way forest trust between partner forests, only where mutual authentication needs it. */
export const forestTrust: StepDefinition = {
  id: 'forest-trust',
  title: 'Two-way forest trust between the partner forests (where needed)',
  why: 'Only if mutual TLS still fails once everything else is done: a forest trust opens authentication between two companies, so prefer selective authentication and create it only when needed.',
  scope: 'active-directory',
  phase: 'prerequisites',
  status: 'partial',
  optional: true,
  appliesTo: (site) => site.environment === 'multi-domain',
  consoles: (ctx) => {
    const [a, b] = required(ctx.forests, 'forests');
    return [
      {
        console: 'aduc',
        steps: [
          `On a domain controller of ${a}, open Active Directory Domains and Trusts as a Domain Admin of the forest root or an Enterprise Admin.`,
          `Right-click the forest root domain ${a}, choose Properties, open the Trusts tab and click New Trust.`,
          `Trust name: ${b}. Trust type: Forest trust. Direction: Two-way.`,
          'Continue the wizard; when asked for the authentication level choose Selective authentication (caption unverified). Forest-wide authentication would let every user of the other company authenticate to every server of this one; choose it only if the customer\u2019s security owner agrees in writing.',
          'Both forests must resolve each other in DNS first (conditional forwarders).',
        ],
        status: 'partial',
      },
    ];
  },
  illustration: () => 'ad-new-trust-wizard',
  shellOnly: () => false,
  commands: (ctx) => {
    const [a, b] = required(ctx.forests, 'forests');
    return [verifyTrustCommand(a, b)];
  },
  verify: (ctx) => {
    const [a, b] = required(ctx.forests, 'forests');
    return {
      how: `Verify the trust from ${a} with netdom (it can verify a forest trust but cannot create one).`,
      command: verifyTrustCommand(a, b),
      expected: 'netdom reports that the trust has been successfully verified.',
    };
  },
  warnings: () => [
    {
      code: 'forest-trust-broadens-access',
      level: 'warning',
      message:
        'Create this trust only if mutual TLS fails without it: a trust between two companies broadens access between them. Prefer selective authentication (the seed\u2019s forest-wide authentication opens every server).',
    },
    {
      code: 'netdom-cannot-create-forest-trust',
      level: 'info',
      message:
        'netdom trust cannot create a forest trust: create it in Active Directory Domains and Trusts and use netdom only to verify.',
    },
  ],
};
