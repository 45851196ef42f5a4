import type { ComponentType } from 'react';
import type { IllustrationId } from '../../../core/procedure/illustrations';
import { AdNewTrustWizard } from './ad-new-trust-wizard';
import { EacCertificateServices } from './eac-certificate-services';
import { EacNewPartnerConnector } from './eac-new-partner-connector';
import { EacReceiveConnectorSecurity } from './eac-receive-connector-security';
import { EacServersCertificates } from './eac-servers-certificates';
import { EmcAssignServicesWizard } from './emc-assign-services-wizard';
import { EmcExchangeCertificates } from './emc-exchange-certificates';
import { EmcHubReceiveConnectors } from './emc-hub-receive-connectors';
import { EmcNewReceiveConnector } from './emc-new-receive-connector';
import { EmcReceiveConnectorAuthentication } from './emc-receive-connector-authentication';
import { EmcReceiveConnectorPermissionGroups } from './emc-receive-connector-permission-groups';
import { EmcSendConnectorDomainSecurity } from './emc-send-connector-domain-security';
import { EmcSmtpOverwritePrompt } from './emc-smtp-overwrite-prompt';
import { EmsConsole } from './ems-console';
import { MmcTrustedRootImport } from './mmc-trusted-root-import';
import { SteelheadInPathRules } from './steelhead-in-path-rules';
import { SteelheadLicences } from './steelhead-licences';
import { SteelheadSslPages } from './steelhead-ssl-pages';
import type { IllustrationProps } from './types';

/** One drawing per screen, with its screen-reader description and caption. */
export interface IllustrationEntry {
  component: ComponentType<IllustrationProps>;
  alt: string;
  caption: string;
}

/** Every console screen of the procedure; the Record type proves each id has a drawing. */
export const illustrations: Record<IllustrationId, IllustrationEntry> = {
  'emc-exchange-certificates': {
    component: EmcExchangeCertificates,
    alt: 'Schematic of the Exchange Management Console with Server Configuration selected, the server listed in the result pane and the Exchange Certificates tab open in the work pane. Highlighted: 1, the Exchange Certificates tab; 2, Import Exchange Certificate in the action pane.',
    caption:
      'EMC 2010: Server Configuration, Exchange Certificates tab, then Import Exchange Certificate in the action pane.',
  },
  'emc-assign-services-wizard': {
    component: EmcAssignServicesWizard,
    alt: 'Schematic of the Assign Services to Certificate wizard listing the services IIS, SMTP, IMAP, POP and UM. Highlighted: 1, the SMTP checkbox, ticked; 2, the Assign button.',
    caption: 'Assign Services to Certificate: tick SMTP only, then Assign.',
  },
  'emc-smtp-overwrite-prompt': {
    component: EmcSmtpOverwritePrompt,
    alt: 'Schematic of a question box asking whether to overwrite the existing default SMTP certificate, with Yes and No buttons. Highlighted: 1, the Yes button.',
    caption: 'When asked to overwrite the default SMTP certificate, answer Yes.',
  },
  'emc-hub-receive-connectors': {
    component: EmcHubReceiveConnectors,
    alt: 'Schematic of the Exchange Management Console with Server Configuration, Hub Transport selected and the Receive Connectors tab listing the Default and Client connectors. Highlighted: 1, the Default connector row, selected; 2, Properties in the action pane.',
    caption:
      'Server Configuration > Hub Transport > Receive Connectors: select the Default connector, then Properties.',
  },
  'emc-receive-connector-permission-groups': {
    component: EmcReceiveConnectorPermissionGroups,
    alt: 'Schematic of the receive connector Properties dialog on the Permission Groups tab with checkboxes Anonymous users, Exchange users, Exchange servers, Legacy Exchange Servers and Partners. Highlighted: 1, Partners, ticked; 2, Anonymous users, cleared.',
    caption:
      'Permission Groups tab: tick Partners; clear Anonymous users only if this connector does not receive Internet mail.',
  },
  'emc-receive-connector-authentication': {
    component: EmcReceiveConnectorAuthentication,
    alt: 'Schematic of the receive connector Properties dialog on the Authentication tab. Highlighted: 1, Transport Layer Security (TLS) and the indented Enable Domain Security (Mutual Auth TLS), both ticked.',
    caption:
      'Authentication tab: tick Transport Layer Security (TLS) and Enable Domain Security (Mutual Auth TLS).',
  },
  'emc-send-connector-domain-security': {
    component: EmcSendConnectorDomainSecurity,
    alt: 'Schematic of the Exchange Management Console with Organization Configuration, Hub Transport and the Send Connectors tab, and the Properties of the step\u2019s send connector open; a note says which tab holds the checkbox is not verified. Highlighted: 1, the send connector row; 2, Properties in the action pane; 3, the Enable Domain Security (Mutual Auth TLS) checkbox, ticked.',
    caption:
      'Organization Configuration > Hub Transport > Send Connectors: in the connector Properties, tick Enable Domain Security (Mutual Auth TLS).',
  },
  'mmc-trusted-root-import': {
    component: MmcTrustedRootImport,
    alt: 'Schematic of the Certificates console for the local computer with Trusted Root Certification Authorities expanded and its Certificates folder right-clicked. Highlighted: 1, All Tasks in the context menu; 2, Import in the submenu.',
    caption:
      'Certificates (Local Computer) > Trusted Root Certification Authorities > Certificates: All Tasks > Import.',
  },
  'eac-servers-certificates': {
    component: EacServersCertificates,
    alt: 'Schematic of the Exchange admin center in a browser, servers selected in the left navigation and the certificates tab open, with the Select server drop-down and the certificate list. Highlighted: 1, the More options button; 2, Import Exchange certificate in its menu.',
    caption:
      'EAC: servers > certificates, select the server, then More options > Import Exchange certificate.',
  },
  'eac-certificate-services': {
    component: EacCertificateServices,
    alt: 'Schematic of the Exchange admin center certificate edit window on its services tab, listing SMTP, UM, UM call router, IMAP, POP and IIS. Highlighted: 1, SMTP, ticked; 2, the Save button.',
    caption: 'EAC certificate edit > services: tick SMTP, then Save.',
  },
  'eac-receive-connector-security': {
    component: EacReceiveConnectorSecurity,
    alt: 'Schematic of the Exchange admin center receive connector edit window on its security tab, with authentication and permission group checkboxes; the domain security checkbox caption is left blank because its exact wording is unverified. Highlighted: 1, Transport Layer Security (TLS) and the domain security checkbox, ticked; 2, Partners, ticked.',
    caption:
      'EAC receive connector edit > security: tick TLS and domain security, and the Partners group.',
  },
  'eac-new-partner-connector': {
    component: EacNewPartnerConnector,
    alt: 'Schematic of two pages of the Exchange admin center new receive connector wizard: the first with Name, Role and Type, the second with Remote network settings listing example partner IP addresses. Highlighted: 1, Type Partner; 2, the remote network settings list.',
    caption:
      'EAC new receive connector: Type Partner, then limit Remote network settings to the partner hub addresses.',
  },
  'emc-new-receive-connector': {
    component: EmcNewReceiveConnector,
    alt: 'Schematic of two pages of the Exchange Management Console New Receive Connector wizard: the first with the connector name and the intended use Partner, the second with the remote IP addresses of the partner hubs. Highlighted: 1, the intended use Partner; 2, the list of partner hub addresses.',
    caption:
      'EMC New Receive Connector: intended use Partner, then only the partner hub addresses as remote servers (page names not verified).',
  },
  'ems-console': {
    component: EmsConsole,
    alt: 'Schematic of an Exchange Management Shell window: a dark console with an earlier command and its output, and a prompt waiting for the next command. Highlighted: 1, the prompt line where the step’s command is pasted.',
    caption: 'Exchange Management Shell: paste the command shown in this step at the prompt.',
  },
  'ad-new-trust-wizard': {
    component: AdNewTrustWizard,
    alt: 'Schematic of Active Directory Domains and Trusts with the forest root domain Properties on the Trusts tab, followed by two New Trust Wizard pages, Trust Type and Direction of Trust. Highlighted: 1, the New Trust button; 2, Forest trust; 3, Two-way.',
    caption:
      'AD Domains and Trusts: forest root Properties > Trusts > New Trust, then Forest trust and Two-way.',
  },
  'steelhead-ssl-pages': {
    component: SteelheadSslPages,
    alt: 'Schematic, not the real layout, of the SteelHead management interface with the Optimization menu open on its SSL pages and the SSL Advanced Settings page shown. Highlighted: 1, the SSL Certificate Authorities page link; 2, the Client Certificate Support checkbox, ticked.',
    caption:
      'SteelHead (schematic): Optimization > SSL pages: Certificate Authorities, and Client Certificate Support under Advanced Settings.',
  },
  'steelhead-in-path-rules': {
    component: SteelheadInPathRules,
    alt: 'Schematic, not the real layout, of the SteelHead in-path rules page listing one auto-discover rule per remote hub address with preoptimization SSL. Highlighted: 1, the rules towards the remote hubs; 2, the Preoptimization column set to SSL.',
    caption:
      'SteelHead (schematic): Optimization > In-Path Rules: an auto-discover rule with SSL preoptimization for each remote hub.',
  },
  'steelhead-licences': {
    component: SteelheadLicences,
    alt: 'Schematic of the SteelHead management console showing the appliance name, its software version and a list of licences with their state. Highlighted: 1, the software (RiOS) version; 2, the SSL licence, listed as valid.',
    caption: 'SteelHead (schematic): check RiOS 7.0 or later and a valid SSL licence.',
  },
};
