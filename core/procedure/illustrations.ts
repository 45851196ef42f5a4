/**
 * Every console screen the procedure visits, by id. The step records in core/procedure name one
 * of these (or `null` with a shell-only marker); the renderer maps each id to an original SVG
 * schematic (renderer/features/illustrations). Ids are stable: they are persisted nowhere, but
 * fixtures and tests name them.
 */
export const illustrationIds = [
  /** EMC 2010: Server Configuration, result pane of servers, work pane tab "Exchange Certificates"; action "Import Exchange Certificate...". */
  'emc-exchange-certificates',
  /** EMC 2010: "Assign Services to Certificate" wizard with SMTP ticked. */
  'emc-assign-services-wizard',
  /** EMC 2010 / EMS: the "overwrite the existing default SMTP certificate?" prompt, Yes highlighted. */
  'emc-smtp-overwrite-prompt',
  /** EMC 2007/2010: Server Configuration > Hub Transport, work pane tab "Receive Connectors" with Default <SERVER>. */
  'emc-hub-receive-connectors',
  /** EMC receive connector Properties, Permission Groups tab: Partners ticked, Anonymous users cleared. */
  'emc-receive-connector-permission-groups',
  /** EMC receive connector Properties, Authentication tab: TLS and "Enable Domain Security (Mutual Auth TLS)". */
  'emc-receive-connector-authentication',
  /** EMC Organization Configuration > Hub Transport > Send Connectors; connector properties with domain security checkbox. */
  'emc-send-connector-domain-security',
  /** Certificates MMC, Computer account: Trusted Root Certification Authorities > Certificates > All Tasks > Import... */
  'mmc-trusted-root-import',
  /** EAC 2013+: servers > certificates, Select server, list; "... More options" > Import Exchange certificate. */
  'eac-servers-certificates',
  /** EAC 2013+: certificate Edit dialog, services tab with SMTP ticked. */
  'eac-certificate-services',
  /** EAC 2013+: mail flow > receive connectors, Edit > security tab (authentication + permission groups). */
  'eac-receive-connector-security',
  /** EAC 2013+: mail flow > receive connectors, new connector wizard, Type = Partner, remote IP ranges. */
  'eac-new-partner-connector',
  /** EMC 2007/2010: New Receive Connector wizard, intended use Partner, remote network settings (page names unverified). */
  'emc-new-receive-connector',
  /** Exchange Management Shell window, for shell-only steps (Exchange 2007 certificates, transport config). */
  'ems-console',
  /** Active Directory Domains and Trusts: forest root Properties > Trusts > New Trust wizard (Forest trust, Two-way). */
  'ad-new-trust-wizard',
  /** SteelHead management GUI (schematic): Optimization > SSL pages (server certificates, CAs, peering). */
  'steelhead-ssl-pages',
  /** SteelHead management GUI (schematic): Optimization > In-Path Rules with SSL preoptimisation per remote hub. */
  'steelhead-in-path-rules',
  /** SteelHead management GUI (schematic): the RiOS version and the licence list with SSL. */
  'steelhead-licences',
] as const;

export type IllustrationId = (typeof illustrationIds)[number];
