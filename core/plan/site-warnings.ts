import { carriesInternetMail, namesHubTransportConnector, type PlanWarning } from '../procedure';
import { exchangeAtLeast, type Hub, type Site } from '../site';
import { steelheadsOptimiseTls } from '../trust/steelheads';

/** Warnings about the site as a whole, shown above the plan. */
export function siteWarnings(site: Site): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (site.certificate.keySize === 1024) {
    out.push({
      code: 'legacy-1024-bit-key',
      level: 'danger',
      message:
        'RSA 1024 was chosen as an explicit legacy exception: it is below the 2048-bit minimum. Replace these certificates with 2048-bit ones as soon as the legacy system allows.',
    });
  }
  if (site.environment === 'single-domain') {
    out.push({
      code: 'single-domain-no-domain-security',
      level: 'info',
      message:
        'Single domain: the hubs already trust each other and send no client certificate, so the plan has no domain-security or secure-list steps.',
    });
    out.push({
      code: 'single-domain-intra-org-tls',
      level: 'info',
      message:
        site.intraOrgTls === 'downgraded'
          ? 'Chosen: downgraded Exchange Server authentication (Microsoft\u2019s procedure for WAN optimisers, Exchange 2010 and later). Each hub gets a dedicated receive connector for the hubs across the WAN with X-ANONYMOUSTLS suppressed, so that mail crosses the SteelHeads as plain SMTP and the new certificates stay off the default. Keep TLS everywhere else; the AD sites carrying that traffic become hub sites.'
          : 'Chosen: keep TLS between the hubs. Inside one organisation the hubs use Exchange Server authentication: TLS offered as X-ANONYMOUSTLS with the default SMTP (internal transport) certificate, then Kerberos; so each new certificate replaces the default here and the SteelHead stands in. The other choice (site setting "Mail between the hubs", Exchange 2010 and later) is Microsoft\u2019s downgraded Exchange Server authentication (-UseDowngradedExchangeServerAuth and a connector with X-ANONYMOUSTLS suppressed), which turns that TLS off across the WAN instead.',
    });
  }
  if (site.hubs.some((h) => h.exchangeVersion === '2016-2019-se')) {
    out.push({
      code: 'import-in-shell-only',
      level: 'info',
      message:
        'Exchange 2016 CU23+, 2019 CU12+ and SE import certificates only in the Exchange Management Shell (-FileData); the admin center is used to check and assign.',
    });
  }
  if (site.hubs.some((h) => exchangeAtLeast(h.exchangeVersion, '2013'))) {
    out.push({
      code: 'exchange-2013-ports',
      level: 'info',
      message:
        'Exchange 2013 and later take mail from other organisations on the Default Frontend connector (port 25) and hub-to-hub mail inside one organisation on Default <SERVER> (port 2525): SteelHead rules must match the right port.',
    });
  }
  if (site.steelheads.length > 0 && !steelheadsOptimiseTls(site)) {
    out.push({
      code: 'steelheads-plain-smtp',
      level: 'info',
      message:
        'TLS is off between the hubs across the WAN (downgraded Exchange Server authentication), so the SteelHeads optimise plain SMTP: no proxy certificate, hub key, SSL in-path rule or SSL licence is needed, and the runbook has no SteelHead SSL steps. Keep the hub keys off the SteelHeads.',
    });
  }
  const fronted = new Set(site.steelheads.flatMap((s) => s.hubIds));
  const bare = site.hubs.filter((h) => !fronted.has(h.id));
  if (site.steelheads.length > 0 && bare.length > 0) {
    out.push({
      code: 'no-server-side-steelhead',
      level: 'warning',
      message: steelheadsOptimiseTls(site)
        ? `No SteelHead lists ${bare.map((h) => h.netbiosName).join(', ')}: a hub's certificate and key must be loaded on the SteelHead in front of it, or mail to it is not optimised.`
        : `No SteelHead lists ${bare.map((h) => h.netbiosName).join(', ')}: list the SteelHead in front of each hub, or mail to it is not optimised.`,
    });
  }
  for (const hub of site.hubs) {
    if (securesHubTransportConnector(site, hub)) {
      out.push({
        code: 'hub-transport-receive-connector',
        level: 'warning',
        message: `${hub.netbiosName}: the receive connector named is Default ${hub.netbiosName}, the HubTransport connector on port 2525 that only carries mail inside the organisation. Partner mail arrives on Default Frontend ${hub.netbiosName} (port 25), so the plan changes nothing on Default ${hub.netbiosName} and secures a dedicated Frontend Partner connector instead; correct the connector in the site if another Frontend connector should be used.`,
      });
    }
    if (!hub.fqdn.endsWith(`.${hub.adDomain}`)) {
      out.push({
        code: 'fqdn-outside-ad-domain',
        level: 'info',
        message: `${hub.netbiosName}: ${hub.fqdn} is not under ${hub.adDomain}. Check the FQDN: the certificate must carry the name the hub presents.`,
      });
    }
  }
  return out;
}

/**
 * True when a 2013+ multi-domain hub would put Partners and domain security on `Default <S>`:
 * the HubTransport connector on 2525, which mail from other organisations never reaches
 * (DOMAIN.md §1.8, §1.12, pitfall 7). Connector names compare case-insensitively, as in Exchange.
 */
function securesHubTransportConnector(site: Site, hub: Hub): boolean {
  return (
    site.environment === 'multi-domain' &&
    carriesInternetMail(site, hub) !== true &&
    namesHubTransportConnector(hub)
  );
}
