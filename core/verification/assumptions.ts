import { certificateSubject } from '../certificates/spec';
import { exchangeVersionLabels } from '../site';
import type { PlanWarning } from '../procedure';
import type { Expectation, RuleContext } from './expectations';
import { normaliseThumbprint } from './observed';

type BeforeDraft = Omit<Expectation, 'phase' | 'stepKeys'> & { readonly warning: PlanWarning };

/**
 * The plan's assumptions about a server before anything is changed, per step: each one is
 * checked against a before-state and, where the server disagrees, its warning shows on the step.
 */
export function beforeRules(ctx: RuleContext): BeforeDraft[] {
  const { hub, step } = ctx;
  const server = hub.netbiosName;
  switch (step.stepId) {
    case 'certificate-import':
      return [
        {
          id: 'exchange-version',
          section: 'server',
          label: `${server} runs ${exchangeVersionLabels[hub.exchangeVersion]}`,
          rule: { kind: 'exchange-version', version: hub.exchangeVersion },
          warning: {
            code: 'live-exchange-version',
            level: 'danger',
            message: `${server} does not run the Exchange version the site names, so the commands may not fit it: correct the hub's Exchange version in the site before running anything.`,
          },
        },
      ];
    case 'certificate-assign-smtp':
      return [
        {
          id: 'no-other-smtp-certificate',
          section: 'certificates',
          label: 'No other certificate is bound to SMTP yet',
          rule: {
            kind: 'no-other-smtp-certificate',
            thumbprint: normaliseThumbprint(ctx.inputs.thumbprints[hub.id] ?? ''),
            subject: certificateSubject(hub),
          },
          warning: {
            code: 'live-other-smtp-certificate',
            level: 'warning',
            message: `Another certificate is already bound to SMTP on ${server}: Enable-ExchangeCertificate will ask whether to replace the default SMTP certificate. Note its thumbprint before answering.`,
          },
        },
      ];
    case 'receive-connector-permissions':
      return [
        {
          id: 'receive-not-internet-facing',
          section: 'receiveConnectors',
          label: `${server}\\${hub.receiveConnectorName} takes no anonymous (Internet) mail`,
          rule: {
            kind: 'receive-groups',
            connector: hub.receiveConnectorName,
            include: [],
            exclude: ['AnonymousUsers'],
          },
          warning: {
            code: 'live-connector-internet-facing',
            level: 'danger',
            message: `${hub.receiveConnectorName} on ${server} lists AnonymousUsers, so it takes Internet mail: clearing Anonymous users would stop inbound Internet mail. Mark this hub's receive connector Internet-facing in the site, and the plan makes a dedicated Partner connector instead.`,
          },
        },
      ];
    case 'receive-connector-domain-secure':
      if (ctx.securedConnector !== hub.receiveConnectorName) return [];
      return [
        {
          id: 'receive-exists',
          section: 'receiveConnectors',
          label: `${server}\\${hub.receiveConnectorName} exists`,
          rule: { kind: 'receive-exists', connector: hub.receiveConnectorName },
          warning: {
            code: 'live-receive-connector-missing',
            level: 'danger',
            message: `${server} has no receive connector named ${hub.receiveConnectorName}: correct the connector name in the site.`,
          },
        },
      ];
    case 'send-connector-domain-secure': {
      const c = hub.sendConnectorName;
      const drafts: BeforeDraft[] = [
        {
          id: 'send-exists',
          section: 'sendConnectors',
          label: `Send connector ${c} exists`,
          rule: { kind: 'send-exists', connector: c },
          warning: {
            code: 'live-send-connector-missing',
            level: 'danger',
            message: `The organisation has no send connector named ${c}: correct the connector name in the site.`,
          },
        },
      ];
      // The step already warns when the site says smart host; the server may say so on its own.
      if (!hub.sendConnectorUsesSmartHost) {
        drafts.push({
          id: 'send-no-smart-host',
          section: 'sendConnectors',
          label: `${c} routes by DNS, without a smart host`,
          rule: { kind: 'send-no-smart-host', connector: c },
          warning: {
            code: 'live-send-connector-smart-host',
            level: 'danger',
            message: `${c} routes through a smart host on the live server: domain security needs DNS (MX) routing, so mutual TLS will not happen until the connector routes by DNS.`,
          },
        });
      }
      return drafts;
    }
    case 'transport-secure-lists':
      return ctx.partnerDomains.flatMap((domain) =>
        (['send', 'receive'] as const).map((list): BeforeDraft => ({
          id: `secure-list-${list}-absent:${domain}`,
          section: 'transportConfig',
          label: `${domain} not yet in the ${list} list`,
          rule: { kind: 'secure-list', list, domain, present: false },
          warning: {
            code: 'live-domain-already-listed',
            level: 'info',
            message: `${domain} is already in the ${list === 'send' ? 'TLSSendDomainSecureList' : 'TLSReceiveDomainSecureList'}: the commands leave it there and add only what is missing.`,
          },
        })),
      );
    default:
      return [];
  }
}
