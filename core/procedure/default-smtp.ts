import { exchangeAtLeast, type Hub, type Site } from '../site';
import { ownOrganisationPeersAcrossWan } from '../trust/steelheads';

/**
 * Whether assigning SMTP to the new certificate must also make it the hub's default SMTP
 * certificate (the overwrite prompt answered Yes), and why, in one sentence for every surface.
 *
 * The default SMTP certificate is the internal transport certificate published in Active
 * Directory: the hub presents it to other Exchange servers of its organisation (X-ANONYMOUSTLS,
 * on 2013 and later the Transport service's `Default <SERVER>` connector on port 2525), whatever
 * other certificate has SMTP. A SteelHead that optimises that traffic holds the new certificate's
 * key, so it can only stand in when the new certificate is the default (docs/domain.md §9).
 */
interface DefaultSmtpDecision {
  readonly overwrite: boolean;
  readonly reason: string;
}

/** True when a SteelHead optimises mail to this hub from a hub of its own organisation. */
function receivesOptimisedMailFromOwnOrganisation(site: Site, hub: Hub): boolean {
  return ownOrganisationPeersAcrossWan(site, hub).length > 0;
}

/** The one decision on the overwrite prompt for a hub (step text, warning, command, script). */
export function defaultSmtpDecision(site: Site, hub: Hub): DefaultSmtpDecision {
  if (hub.exchangeVersion === '2007') {
    return {
      overwrite: true,
      reason:
        'Exchange 2007 binds one certificate to SMTP, so the new one must replace the default.',
    };
  }
  const port = exchangeAtLeast(hub.exchangeVersion, '2013')
    ? 'the Transport service on port 2525'
    : 'port 25';
  if (site.environment === 'single-domain' && site.intraOrgTls === 'downgraded') {
    return {
      overwrite: false,
      reason: `${hub.netbiosName}'s hubs send to each other across the WAN without TLS (downgraded Exchange Server authentication on a dedicated connector), so the SteelHead needs no certificate for that traffic: No is enough, SMTP is still enabled on the new certificate and the self-signed default stays.`,
    };
  }
  if (site.environment === 'single-domain' || receivesOptimisedMailFromOwnOrganisation(site, hub)) {
    return {
      overwrite: true,
      reason: `${hub.netbiosName} receives mail from other Exchange servers of its organisation through a SteelHead (${port}), and on those connections Exchange presents only the default SMTP certificate (the internal transport certificate in Active Directory). Only Yes lets the SteelHead, which holds the new certificate's key, stand in; No would keep the old self-signed certificate there and the traffic would pass unoptimised.`,
    };
  }
  return {
    overwrite: false,
    reason: `No mail from ${hub.netbiosName}'s own organisation reaches it through a SteelHead, and partner connections pick a certificate by the connector's FQDN, so No is enough: SMTP is still enabled on the new certificate and the self-signed default stays for mail inside the organisation.`,
  };
}
