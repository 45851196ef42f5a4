/**
 * Closed vocabularies of the site model, each with a human label. Ids are persisted in site files
 * and progress keys, so they never change; labels may.
 */

export const exchangeVersions = ['2007', '2010-rtm', '2010-sp1', '2013', '2016-2019-se'] as const;
export type ExchangeVersion = (typeof exchangeVersions)[number];

export const exchangeVersionLabels: Record<ExchangeVersion, string> = {
  '2007': 'Exchange Server 2007',
  '2010-rtm': 'Exchange Server 2010 RTM',
  '2010-sp1': 'Exchange Server 2010 SP1 or later',
  '2013': 'Exchange Server 2013',
  '2016-2019-se': 'Exchange Server 2016 / 2019 / Subscription Edition',
};

export const windowsVersions = [
  '2003',
  '2008',
  '2008r2',
  '2012',
  '2012r2',
  '2016',
  '2019',
  '2022',
  '2025',
] as const;
export type WindowsVersion = (typeof windowsVersions)[number];

export const windowsVersionLabels: Record<WindowsVersion, string> = {
  '2003': 'Windows Server 2003',
  '2008': 'Windows Server 2008',
  '2008r2': 'Windows Server 2008 R2',
  '2012': 'Windows Server 2012',
  '2012r2': 'Windows Server 2012 R2',
  '2016': 'Windows Server 2016',
  '2019': 'Windows Server 2019',
  '2022': 'Windows Server 2022',
  '2025': 'Windows Server 2025',
};

export const environments = ['single-domain', 'multi-domain'] as const;
export type Environment = (typeof environments)[number];

export const environmentLabels: Record<Environment, string> = {
  'single-domain': 'One domain, several hub servers (inherently trusted)',
  'multi-domain': 'Several untrusted domains (domain security / mutual TLS)',
};

/**
 * How hub-to-hub mail inside one organisation crosses the SteelHeads (single-domain sites):
 * Exchange Server authentication over X-ANONYMOUSTLS, the SteelHead standing in with the new
 * certificate, or Microsoft's downgraded Exchange Server authentication for WAN optimisers (TLS
 * off on a dedicated receive connector; Exchange 2010 and later). docs/domain.md §15.
 */
export const intraOrgTlsChoices = ['exchange-server-auth', 'downgraded'] as const;
export const pfxProfiles = ['windows-legacy', 'windows-modern'] as const;
export type PfxProfile = (typeof pfxProfiles)[number];

/** 'auto' picks the profile per hub from its Windows version. */
export const pfxProfileChoices = ['auto', ...pfxProfiles] as const;
export type PfxProfileChoice = (typeof pfxProfileChoices)[number];

export const keySizes = [1024, 2048, 3072, 4096] as const;
export type KeySize = (typeof keySizes)[number];

export const steelheadSides = ['client-side', 'server-side'] as const;
export type SteelheadSide = (typeof steelheadSides)[number];

/** The PKI PowerShell module (Import-Certificate) ships from Windows Server 2012 on (DOMAIN.md §1.9). */
export function hasPkiModule(windows: WindowsVersion): boolean {
  return windowsVersions.indexOf(windows) >= windowsVersions.indexOf('2012');
}

/** Ordinal comparison of Exchange versions, for "2010 SP1 or later" style rules. */
export function exchangeAtLeast(version: ExchangeVersion, floor: ExchangeVersion): boolean {
  return exchangeVersions.indexOf(version) >= exchangeVersions.indexOf(floor);
}

/** The PowerShell engine a version's Exchange Management Shell runs, whatever the Windows version. */
type ShellEngine = '1.0' | '2.0' | '3.0';

/**
 * Exchange 2007's Management Shell is PowerShell 1.0 and 2010's is a PowerShell 2.0 remoting
 * session, whatever the Windows version; 2013 and later need at least 3.0 (docs/domain.md §2).
 */
export function managementShellEngine(version: ExchangeVersion): ShellEngine {
  if (version === '2007') return '1.0';
  if (version === '2010-rtm' || version === '2010-sp1') return '2.0';
  return '3.0';
}

/** The questionnaire's answer to "does this receive connector take anonymous mail?" (no default). */
export const anonymousMailAnswers = ['unanswered', 'yes', 'no'] as const;
type AnonymousMailAnswer = (typeof anonymousMailAnswers)[number];

export const anonymousMailAnswerLabels: Record<AnonymousMailAnswer, string> = {
  unanswered: 'Not answered yet (the install script waits for it)',
  yes: 'Yes: it also takes anonymous mail (Internet, scanners, applications)',
  no: 'No: only Exchange servers and authenticated senders use it',
};

/** The stored value (null = not answered) as the questionnaire's answer, and back. */
export function anonymousMailAnswer(value: boolean | null | undefined): AnonymousMailAnswer {
  return value === true ? 'yes' : value === false ? 'no' : 'unanswered';
}

/** The questionnaire's answer as the stored value: true, false or null (not answered). */
export function anonymousMailValue(answer: AnonymousMailAnswer): boolean | null {
  return answer === 'yes' ? true : answer === 'no' ? false : null;
}

/**
 * The Windows Server versions each Exchange version runs on (docs/domain.md §1), in order; the
 * first listed is not the default, `defaultWindowsFor` is. 2007: 2003 (SP1+), 2008, 2008 R2 (SP3);
 * 2010 RTM: 2008, 2008 R2; 2010 SP1 or later: adds 2012 and 2012 R2 (SP3); 2013: 2008 R2, 2012,
 * 2012 R2; 2016/2019/SE: 2012 to 2025 (2016 up to Server 2016, 2019 from 2019, SE to 2025).
 */
export const supportedWindows: Record<ExchangeVersion, readonly WindowsVersion[]> = {
  '2007': ['2003', '2008', '2008r2'],
  '2010-rtm': ['2008', '2008r2'],
  '2010-sp1': ['2008', '2008r2', '2012', '2012r2'],
  '2013': ['2008r2', '2012', '2012r2'],
  '2016-2019-se': ['2012', '2012r2', '2016', '2019', '2022', '2025'],
};

/** A supported Windows version to start a new hub of this Exchange version with. */
export function defaultWindowsFor(version: ExchangeVersion): WindowsVersion {
  const defaults: Record<ExchangeVersion, WindowsVersion> = {
    '2007': '2008',
    '2010-rtm': '2008r2',
    '2010-sp1': '2008r2',
    '2013': '2012r2',
    '2016-2019-se': '2019',
  };
  return defaults[version];
}

/** Why this Exchange version cannot run on this Windows version, or null when it can. */
export function unsupportedWindowsMessage(
  version: ExchangeVersion,
  windows: WindowsVersion,
): string | null {
  const allowed = supportedWindows[version];
  if (allowed.includes(windows)) return null;
  return `${exchangeVersionLabels[version]} does not run on ${windowsVersionLabels[windows]}: choose one of ${allowed.map((w) => windowsVersionLabels[w]).join(', ')}`;
}
