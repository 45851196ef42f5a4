import { setPartnerConnectorEnabledCommand, showPartnerConnectorEnabledCommand } from '../commands';
import { partnerAddresses } from '../trust/matrix';
import { needsPartnerConnector } from './connector-choice';
import { required, type StepDefinition } from './types';

const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * The Partner connector is created turned off: once on, every session from the partner hubs
 * lands on it (the narrowest RemoteIPRanges wins) and only a domain-secured one is accepted, so a
 * partner not yet ready would get 530 5.7.1 and its mail would bounce. The engineer turns it on by
 * hand when the partner organisation is ready, never the install script in one go.
 */
export const partnerConnectorEnable: StepDefinition = {
  id: 'partner-connector-enable',
  title: 'Turn on the Partner connector once the partner organisation is ready',
  why: 'The Partner connector was created turned off, so partner mail kept arriving where it did. Once on, it takes every connection from the partner hubs and accepts only domain-secured (mutual TLS) mail.',
  scope: 'hub',
  phase: 'verification',
  // The refusal of a not-yet-secured partner is inferred (docs/domain.md §3).
  status: 'partial',
  appliesTo: (site) => site.environment === 'multi-domain',
  appliesToHub: (site, hub) => needsPartnerConnector(site, hub) === true,
  byHandOnly:
    'turn it on when the partner organisation is ready (its send connector domain-secured, this domain on its send list)',
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const partners = ctx.site.hubs.filter((p) => p.forest !== hub.forest);
    const domains = unique(partners.map((p) => p.smtpDomain)).join(', ');
    return [
      {
        console: 'ems',
        steps: [
          `First make sure every partner organisation (${domains}) is ready: its send connector to ${hub.smtpDomain} is domain-secured, ${hub.smtpDomain} is on its TLSSendDomainSecureList, and it trusts this hub's certificate. In this runbook those are its send-connector, organisation and trust steps: all Done.`,
          'Then run the command below on this hub. The install script never does this step: you choose the moment.',
          `Send a test message from a partner hub at once and check it arrived with domain security (the final verification shows how). If it is refused, go back: ${setPartnerConnectorEnabledCommand(hub, false).command} (partner mail returns to the connector it used before).`,
        ],
        status: 'verified',
      },
    ];
  },
  illustration: () => 'ems-console',
  shellOnly: () => true,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    // One command only: a "copy all" must never paste the way back after it.
    return [setPartnerConnectorEnabledCommand(hub, true)];
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'Show the Partner connector.',
      command: showPartnerConnectorEnabledCommand(hub),
      expected: `Enabled True; RemoteIPRanges only the partner hubs (${partnerAddresses(ctx.site, hub).join(', ') || 'none recorded'}); PermissionGroups Partners; DomainSecureEnabled True.`,
    };
  },
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return [
      {
        code: 'partner-connector-turns-on',
        level: 'warning',
        message: `Turning on the Partner connector on ${hub.netbiosName} before the partner organisation is ready makes partner mail bounce (refused as not authenticated; inferred). Do it only when the partner's send connector is domain-secured and lists ${hub.smtpDomain}.`,
      },
    ];
  },
};
