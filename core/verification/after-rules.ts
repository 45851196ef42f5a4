import { certificateSubject } from '../certificates/spec';
import { siteCaCommonName } from '../certificates/site-ca';
import { partnerConnectorName } from '../commands';
import { exchangeAtLeast } from '../site/enums';
import { partnerAddresses } from '../trust/matrix';
import type { Draft, ExpectationInputs, RuleContext } from './expectations';
import { normaliseThumbprint } from './observed';

const thumbprintOf = (inputs: ExpectationInputs, hubId: string) =>
  normaliseThumbprint(inputs.thumbprints[hubId] ?? '');

const ours = (ctx: RuleContext) => ({
  thumbprint: thumbprintOf(ctx.inputs, ctx.hub.id),
  subject: certificateSubject(ctx.hub),
});

/** The checks that verify one finished step, by step id. */
export function afterRules(ctx: RuleContext): Draft[] {
  const { hub, step, securedConnector: secured } = ctx;
  const rec = `${hub.netbiosName}\\`;
  switch (step.stepId) {
    case 'certificate-import':
      return [
        {
          id: 'certificate-present',
          section: 'certificates',
          label: `Our certificate for ${hub.fqdn} is installed, with its private key`,
          rule: { kind: 'certificate-present', ...ours(ctx) },
        },
      ];
    case 'certificate-assign-smtp':
      return [
        {
          id: 'certificate-smtp',
          section: 'certificates',
          label: 'SMTP is among the services of our certificate',
          rule: { kind: 'certificate-service', service: 'SMTP', ...ours(ctx) },
        },
      ];
    case 'receive-connector-permissions':
      return [
        {
          id: 'receive-partners',
          section: 'receiveConnectors',
          label: `Partners among the permission groups of ${rec}${hub.receiveConnectorName}, Anonymous users not`,
          rule: {
            kind: 'receive-groups',
            connector: hub.receiveConnectorName,
            include: ['Partners'],
            exclude: ['AnonymousUsers'],
          },
        },
      ];
    case 'partner-receive-connector':
      return [
        {
          id: 'partner-connector-partners',
          section: 'receiveConnectors',
          label: `Partners among the permission groups of ${rec}${partnerConnectorName}`,
          rule: {
            kind: 'receive-groups',
            connector: partnerConnectorName,
            include: ['Partners'],
            exclude: [],
          },
        },
        {
          id: 'partner-connector-scope',
          section: 'receiveConnectors',
          label: `${rec}${partnerConnectorName} listens on port 25 for the partner hubs' addresses${exchangeAtLeast(hub.exchangeVersion, '2013') ? ', in the Front End Transport service' : ''}`,
          rule: {
            kind: 'receive-scope',
            connector: partnerConnectorName,
            port: 25,
            remoteIps: partnerAddresses(ctx.plan.site, hub),
            transportRole: exchangeAtLeast(hub.exchangeVersion, '2013')
              ? 'FrontendTransport'
              : null,
          },
        },
      ];
    case 'receive-connector-domain-secure':
      return [
        {
          id: 'receive-domain-secure',
          section: 'receiveConnectors',
          label: `DomainSecureEnabled True on ${rec}${secured}`,
          rule: { kind: 'receive-domain-secure', connector: secured },
        },
        {
          id: 'receive-auth-tls',
          section: 'receiveConnectors',
          label: `AuthMechanism of ${rec}${secured} includes Tls and not ExternalAuthoritative`,
          rule: {
            kind: 'receive-auth',
            connector: secured,
            include: ['Tls'],
            exclude: ['ExternalAuthoritative'],
          },
        },
      ];
    case 'send-connector-domain-secure': {
      const c = hub.sendConnectorName;
      return [
        {
          id: 'send-domain-secure',
          section: 'sendConnectors',
          label: `DomainSecureEnabled True on send connector ${c}`,
          rule: { kind: 'send-flag', connector: c, property: 'domainSecureEnabled', value: true },
        },
        {
          id: 'send-dns-routing',
          section: 'sendConnectors',
          label: `${c} routes by DNS (DNSRoutingEnabled True)`,
          rule: { kind: 'send-flag', connector: c, property: 'dnsRoutingEnabled', value: true },
        },
        {
          id: 'send-no-smart-host',
          section: 'sendConnectors',
          label: `${c} has no smart host`,
          rule: { kind: 'send-no-smart-host', connector: c },
        },
        {
          id: 'send-starttls',
          section: 'sendConnectors',
          label: `${c} does not ignore STARTTLS (IgnoreSTARTTLS False)`,
          rule: { kind: 'send-flag', connector: c, property: 'ignoreStartTls', value: false },
        },
        ...ctx.partnerDomains.map((domain): Draft => ({
          id: `send-address-space:${domain}`,
          section: 'sendConnectors',
          label: `${c} has an address space covering ${domain}`,
          rule: { kind: 'send-address-space', connector: c, domain },
        })),
      ];
    }
    case 'transport-secure-lists':
      return ctx.partnerDomains.flatMap((domain): Draft[] => [
        {
          id: `secure-list-send:${domain}`,
          section: 'transportConfig',
          label: `${domain} in TLSSendDomainSecureList`,
          rule: { kind: 'secure-list', list: 'send', domain, present: true },
        },
        {
          id: `secure-list-receive:${domain}`,
          section: 'transportConfig',
          label: `${domain} in TLSReceiveDomainSecureList`,
          rule: { kind: 'secure-list', list: 'receive', domain, present: true },
        },
      ]);
    case 'trust-partner-certificate': {
      const peer = ctx.plan.site.hubs.find(
        (h) => step.target.kind === 'pair' && h.id === step.target.peerHubId,
      );
      if (!peer) return [];
      return [
        {
          id: `root-peer:${peer.id}`,
          section: 'rootStore',
          label: `${peer.fqdn}'s certificate in the computer Trusted Root store`,
          rule: {
            kind: 'root-trusted',
            thumbprint: thumbprintOf(ctx.inputs, peer.id),
            subject: certificateSubject(peer),
          },
        },
      ];
    }
    case 'trust-site-ca':
      return [
        {
          id: 'root-site-ca',
          section: 'rootStore',
          label: 'The site CA in the computer Trusted Root store',
          rule: {
            kind: 'root-trusted',
            thumbprint: normaliseThumbprint(ctx.inputs.siteCaThumbprint ?? ''),
            subject: `CN=${siteCaCommonName(ctx.plan.site)}`,
          },
        },
      ];
    default:
      return [];
  }
}
