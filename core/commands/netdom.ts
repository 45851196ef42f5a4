import { quoteCmd } from '../quote';
import type { Command } from './types';

/**
 * Verifies an existing trust between two forests. netdom cannot create a forest trust
 * (DOMAIN.md §4): creation is done in Active Directory Domains and Trusts. Without /userd and
 * /usero netdom connects as the current user to both forests, which fails unless the engineer is
 * a Domain Admin in both partner forests; with `*` passwords it asks for them (never on the command
 * line). netdom trust needs an elevated prompt (docs/domain.md §4).
 */
export function verifyTrustCommand(trustingForest: string, trustedForest: string): Command {
  const ask = (variable: string, forest: string) =>
    `set /p ${quoteCmd(`${variable}=Administrator account of ${forest} (DOMAIN\\name): `)}`;
  return {
    shell: 'cmd',
    label: `Verify the trust between ${trustingForest} and ${trustedForest} (elevated Command Prompt; asks for an administrator of each forest)`,
    command: [
      ask('NETDOM_USERD', trustedForest),
      ask('NETDOM_USERO', trustingForest),
      `netdom trust ${quoteCmd(trustingForest)} /domain:${quoteCmd(trustedForest)} /userd:"%NETDOM_USERD%" /passwordd:* /usero:"%NETDOM_USERO%" /passwordo:* /verify /kerberos`,
    ].join('\n'),
    status: 'verified',
    native: true,
  };
}
