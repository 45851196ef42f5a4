import { quoteCmd } from '../quote';
import type { Command } from './types';

/**
 * Verifies an existing trust between two forests. netdom cannot create a forest trust
 * (DOMAIN.md §4): creation is done in Active Directory Domains and Trusts.
 */
export function verifyTrustCommand(trustingForest: string, trustedForest: string): Command {
  return {
    shell: 'cmd',
    label: `Verify the trust between ${trustingForest} and ${trustedForest}`,
    command: `netdom trust ${quoteCmd(trustingForest)} /domain:${quoteCmd(trustedForest)} /verify /kerberos`,
    status: 'verified',
    native: true,
  };
}
