/**
 * What a server was seen to have: one model for every source (the collector's CLIXML file from the
 * stick, or `Format-List` output pasted on a step). A section left `undefined` was not observed,
 * so every check over it is "unknown", never a pass; an empty list is an observation ("none").
 * Only public facts: thumbprints, names, lists. The collector never reads a private key.
 */

/** Where the observation came from. */
export type ObservationSource = 'collector' | 'pasted';

/** One certificate from Get-ExchangeCertificate. */
export interface ObservedCertificate {
  /** SHA-1, upper-case hex without spaces (normaliseThumbprint). */
  readonly thumbprint: string;
  readonly subject: string | null;
  readonly friendlyName: string | null;
  /** CertificateDomains (the SAN DNS names), lower-case. */
  readonly domains: readonly string[];
  /** Services the certificate is enabled for, upper-case names: SMTP, IIS, IMAP, POP, UM... */
  readonly services: readonly string[];
  readonly notBefore: string | null;
  readonly notAfter: string | null;
  readonly keySize: number | null;
  /** HasPrivateKey as Exchange reports it (true/false), null when not shown. */
  readonly hasPrivateKey: boolean | null;
  readonly incomplete?: readonly IncompleteField[];
}

/**
 * List fields a source did not show in full: not shown at all, or cut short by Format-List's
 * enumeration limit (`{a, b, c, d...}`). What is shown can prove presence, never absence.
 */
export type IncompleteField =
  | 'domains'
  | 'services'
  | 'bindings'
  | 'remoteIpRanges'
  | 'permissionGroups'
  | 'authMechanism'
  | 'addressSpaces'
  | 'smartHosts'
  | 'tlsSendDomainSecureList'
  | 'tlsReceiveDomainSecureList';

/** One receive connector from Get-ReceiveConnector. */
export interface ObservedReceiveConnector {
  /** `SERVER\Name` as Identity prints it. */
  readonly identity: string;
  /** The part after the backslash. */
  readonly name: string;
  readonly bindings: readonly string[];
  readonly remoteIpRanges: readonly string[];
  /** Flag names as Exchange prints them (AnonymousUsers, Partners...). */
  readonly permissionGroups: readonly string[];
  readonly authMechanism: readonly string[];
  readonly domainSecureEnabled: boolean | null;
  readonly fqdn: string | null;
  /** FrontendTransport or HubTransport on 2013+, null before. */
  readonly transportRole: string | null;
  readonly incomplete?: readonly IncompleteField[];
}

/** One send connector from Get-SendConnector. */
export interface ObservedSendConnector {
  readonly name: string;
  /** Address spaces as printed (`SMTP:*;1`), see addressSpaceDomain. */
  readonly addressSpaces: readonly string[];
  readonly smartHosts: readonly string[];
  readonly dnsRoutingEnabled: boolean | null;
  readonly ignoreStartTls: boolean | null;
  readonly domainSecureEnabled: boolean | null;
  readonly fqdn: string | null;
  readonly incomplete?: readonly IncompleteField[];
}

/** The organisation's transport config: the two domain-secure lists (lower-case domains). */
export interface ObservedTransportConfig {
  readonly tlsSendDomainSecureList: readonly string[];
  readonly tlsReceiveDomainSecureList: readonly string[];
  readonly incomplete?: readonly IncompleteField[];
}

/** One certificate in the computer's Trusted Root store (LocalMachine\Root). */
export interface ObservedRootEntry {
  readonly thumbprint: string;
  readonly subject: string | null;
  readonly notAfter: string | null;
}

/** The machine the state was read on (collector files only). */
export interface ObservedServer {
  /** The computer (NetBIOS) name, upper-case. */
  readonly name: string;
  readonly fqdn: string | null;
  /** AdminDisplayVersion as Exchange prints it, e.g. `Version 15.1 (Build 2507.6)`. */
  readonly exchangeBuild: string | null;
  readonly windowsVersion: string | null;
}

/** A server's observed state. Sections are undefined when the source did not show them. */
export interface ObservedState {
  readonly source: ObservationSource;
  readonly server?: ObservedServer;
  /** ISO time the collector ran (collector files only). */
  readonly collectedAt?: string;
  readonly certificates?: readonly ObservedCertificate[];
  readonly receiveConnectors?: readonly ObservedReceiveConnector[];
  readonly sendConnectors?: readonly ObservedSendConnector[];
  readonly transportConfig?: ObservedTransportConfig;
  readonly rootStore?: readonly ObservedRootEntry[];
}

/** The sections of an observed state, as the checker names what it needs. */
export type ObservedSection =
  'certificates' | 'receiveConnectors' | 'sendConnectors' | 'transportConfig' | 'rootStore';

/**
 * A SHA-1 thumbprint as Exchange prints it: upper-case hex, no spaces. Copies from the Windows
 * certificate dialog carry spaces and an invisible U+200E mark; both go. Null when not 40 hex.
 */
export function normaliseThumbprint(text: string): string | null {
  const hex = text.replace(/[\s\u200e\u200f\ufeff]/gu, '').toUpperCase();
  return /^[0-9A-F]{40}$/u.test(hex) ? hex : null;
}

/** Merges observations of one server (e.g. several pasted outputs): later sections win. */
export function mergeObserved(a: ObservedState, b: ObservedState): ObservedState {
  return { ...a, ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) };
}
