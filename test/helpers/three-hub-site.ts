import { siteSchema, type Site } from '../../core/site';
import { fixtureSite } from './fixture-site';

/**
 * The site of issue 10's walk-through: Exchange 2010 SP1, two untrusted domains, three hubs (MX2
 * also takes Internet mail, so it gets a Partner connector) and two SteelHeads.
 */
export function threeHubSite(): Site {
  const base = fixtureSite('2010-sp1-multi');
  return siteSchema.parse({
    ...base,
    hubs: [
      ...base.hubs.map(({ receiveConnectorName: _r, exchangeVersion: _e, ...h }) => h),
      {
        id: 'hub-3',
        fqdn: 'mx2.fabrikam.local',
        netbiosName: 'MX2',
        adDomain: 'fabrikam.local',
        forest: 'fabrikam.local',
        smtpDomain: 'fabrikam.com',
        windowsVersion: '2012',
        sendConnectorName: 'Fabrikam outbound',
        receiveConnectorInternetFacing: true,
        ipAddresses: ['10.2.0.26'],
      },
    ],
  });
}
