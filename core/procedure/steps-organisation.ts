import { addSecureDomainsCommands, showSecureListsCommand } from '../commands';
import { exchangeAtLeast } from '../site';
import { required, type StepDefinition } from './types';

/** The partner domains of one organisation's secure lists, from the trust matrix. */
function domainsFor(ctx: Parameters<StepDefinition['commands']>[0]): readonly string[] {
  const forest = required(ctx.forest, 'forest');
  return ctx.matrix.secureLists.find((l) => l.forest === forest)?.domains ?? [];
}

/** TLS send/receive domain-secure lists: organisation-wide, once, additive. */
export const transportSecureLists: StepDefinition = {
  id: 'transport-secure-lists',
  title: 'Add the partner domains to the domain-secure lists',
  why: 'Exchange only uses mutual TLS for domains on both TLS domain-secure lists; the lists belong to the whole organisation, so this is done once.',
  scope: 'organisation',
  phase: 'organisation',
  status: 'verified',
  appliesTo: (site) => site.environment === 'multi-domain',
  consoles: (ctx) => [
    {
      console: 'ems',
      steps: [
        'There is no console screen for these lists: run the commands below once, on any hub of this organisation.',
        exchangeAtLeast(ctx.version, '2010-sp1')
          ? 'The @{Add=...} form appends to what is there; entries for other partners stay.'
          : 'This version has no @{Add=...} form: the commands read the lists, append the missing domains and write both back.',
      ],
      status: 'verified',
    },
  ],
  illustration: () => 'ems-console',
  shellOnly: () => true,
  commands: (ctx) => addSecureDomainsCommands(ctx.version, domainsFor(ctx)),
  verify: (ctx) => ({
    how: 'Show both lists.',
    command: showSecureListsCommand(),
    expected: `Both lists contain ${domainsFor(ctx).join(', ')} (and any earlier partners).`,
  }),
  warnings: () => [
    {
      code: 'secure-lists-organisation-wide',
      level: 'warning',
      message:
        'Set-TransportConfig changes the whole organisation: never type a bare list there, it replaces every partner already on it.',
    },
  ],
};
