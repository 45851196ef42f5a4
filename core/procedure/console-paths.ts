import { exchangeAtLeast, type ExchangeVersion } from '../site';
import type { ConsoleKind } from './types';

/** Which console manages certificates on this version (DOMAIN.md §1.12 "Cert GUI"). */
export function certificateConsole(version: ExchangeVersion): ConsoleKind {
  if (version === '2007') return 'ems';
  return exchangeAtLeast(version, '2013') ? 'eac' : 'emc';
}

/** Which console manages connectors on this version. */
export function connectorConsole(version: ExchangeVersion): ConsoleKind {
  return exchangeAtLeast(version, '2013') ? 'eac' : 'emc';
}
