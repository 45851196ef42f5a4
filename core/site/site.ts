import type { z } from 'zod';
import { unsupportedWindowsMessage } from './enums';
import { SITE_LIMITS } from './limits';
import { defaultReceiveConnectorName, siteInputSchema } from './schema';

/**
 * The whole site as the app stores and exports it. Cross-field rules (unique ids and names,
 * environment consistent with the forests) are checked here; per-field rules live in schema.ts.
 * After parsing every hub has its receive connector name filled in.
 */
export const siteSchema = siteInputSchema
  .superRefine((site, ctx) => {
    const seen = (key: string, what: string, path: (string | number)[]) => {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `${what} '${key}' is used twice: give each one a unique value`,
      });
    };
    const ids = new Set<string>();
    const fqdns = new Set<string>();
    // A NetBIOS name is one computer account in its AD domain; partner domains may reuse it.
    const netbios = new Set<string>();
    site.hubs.forEach((hub, i) => {
      const windows = unsupportedWindowsMessage(
        hub.exchangeVersion ?? site.exchangeVersion,
        hub.windowsVersion,
      );
      if (windows)
        ctx.addIssue({ code: 'custom', path: ['hubs', i, 'windowsVersion'], message: windows });
      if (ids.has(hub.id)) seen(hub.id, 'Hub id', ['hubs', i, 'id']);
      ids.add(hub.id);
      if (fqdns.has(hub.fqdn)) seen(hub.fqdn, 'FQDN', ['hubs', i, 'fqdn']);
      fqdns.add(hub.fqdn);
      const account = `${hub.adDomain.toLowerCase()}\\${hub.netbiosName.toUpperCase()}`;
      if (netbios.has(account))
        ctx.addIssue({
          code: 'custom',
          path: ['hubs', i, 'netbiosName'],
          message: `NetBIOS name '${hub.netbiosName.toUpperCase()}' is used twice in ${hub.adDomain}: each server of a domain has its own name (check the FQDN and NetBIOS name of this hub)`,
        });
      netbios.add(account);
    });
    const shIds = new Set<string>();
    site.steelheads.forEach((sh, i) => {
      if (shIds.has(sh.id)) seen(sh.id, 'SteelHead id', ['steelheads', i, 'id']);
      shIds.add(sh.id);
      // A SteelHead holds the keys of the hubs it lists: never another organisation's.
      const shForests = [
        ...new Set(site.hubs.filter((h) => sh.hubIds.includes(h.id)).map((h) => h.forest)),
      ];
      if (shForests.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['steelheads', i, 'hubIds'],
          message: `SteelHead ${sh.name} lists hubs of ${shForests.join(' and ')}: it would hold both organisations' hub keys. List only the hubs of the organisation it sits in front of.`,
        });
      }
      sh.hubIds.forEach((hubId, j) => {
        if (!ids.has(hubId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steelheads', i, 'hubIds', j],
            message: `hub '${hubId}' does not exist: pick one of ${[...ids].join(', ')}`,
          });
        }
      });
    });
    const forests = new Set(site.hubs.map((h) => h.forest));
    if (forests.size > SITE_LIMITS.organisations) {
      // Name the first hub that brings in one forest too many.
      const allowed = new Set([...forests].slice(0, SITE_LIMITS.organisations));
      const at = site.hubs.findIndex((h) => !allowed.has(h.forest));
      ctx.addIssue({
        code: 'custom',
        path: ['hubs', at, 'forest'],
        message: `AD forest root '${site.hubs[at]?.forest ?? ''}' makes ${forests.size} organisations (AD forests) in this site, more than the ${SITE_LIMITS.organisations} one site may hold: split the site, one per group of partner organisations`,
      });
    }
    if (site.environment === 'single-domain' && forests.size > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['environment'],
        message: `Environment is single-domain but the hubs are in ${forests.size} forests (${[...forests].join(', ')}): choose multi-domain or correct the forests`,
      });
    }
    if (site.environment === 'multi-domain' && forests.size < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['environment'],
        message:
          'Environment is multi-domain but every hub is in the same forest: add the partner hubs with their own forest, or choose single-domain',
      });
    }
    if (site.intraOrgTls === 'downgraded') {
      const before2010 = site.hubs.filter(
        (h) => (h.exchangeVersion ?? site.exchangeVersion) === '2007',
      );
      if (site.environment !== 'single-domain') {
        ctx.addIssue({
          code: 'custom',
          path: ['intraOrgTls'],
          message:
            'Downgraded Exchange Server authentication is for hubs of one organisation: choose "keep TLS between the hubs" on a multi-domain site',
        });
      } else if (before2010.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['intraOrgTls'],
          message: `Downgraded Exchange Server authentication exists in Exchange 2010 and later, and ${before2010.map((h) => h.netbiosName).join(', ')} run Exchange 2007: choose "keep TLS between the hubs"`,
        });
      }
    }
    if (site.environment === 'multi-domain') {
      // Partner organisations are told apart by SMTP domain in the secure lists.
      const domainByForest = new Map<string, string>();
      site.hubs.forEach((hub, i) => {
        for (const [forest, domain] of domainByForest) {
          if (forest !== hub.forest && domain === hub.smtpDomain) {
            ctx.addIssue({
              code: 'custom',
              path: ['hubs', i, 'smtpDomain'],
              message: `SMTP domain '${hub.smtpDomain}' is also used by forest ${forest}: each partner organisation needs its own SMTP domain`,
            });
          }
        }
        domainByForest.set(hub.forest, hub.smtpDomain);
      });
    }
  })
  .transform((site) => ({
    ...site,
    hubs: site.hubs.map((hub) => {
      const exchangeVersion = hub.exchangeVersion ?? site.exchangeVersion;
      return {
        ...hub,
        exchangeVersion,
        receiveConnectorName:
          hub.receiveConnectorName ??
          defaultReceiveConnectorName(exchangeVersion, hub.netbiosName, site.environment),
      };
    }),
  }));

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
export type Hub = Site['hubs'][number];
export type Steelhead = Site['steelheads'][number];
export type Customer = Site['customer'];
export type Engineer = Site['engineer'];
