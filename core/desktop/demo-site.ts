import { siteSchema, type Site } from '../site';

/**
 * The demo site a first run can open: two Exchange 2016 hubs in one domain behind two SteelHeads,
 * invented names on reserved `.example` domains (RFC 2606). The app marks it as the demo
 * everywhere it shows and removes it (with its progress) on request; nothing about it is real.
 */
export function demoSite(): Site {
  return siteSchema.parse({
    schemaVersion: 1,
    customer: { name: 'Demo customer (sample data)', siteName: 'Demo: two hubs, one domain' },
    engineer: { name: 'Demo engineer', email: '' },
    exchangeVersion: '2016-2019-se',
    environment: 'single-domain',
    hubs: [
      {
        id: 'hub-1',
        fqdn: 'hub01.corp.example',
        netbiosName: 'HUB01',
        adDomain: 'corp.example',
        forest: 'corp.example',
        smtpDomain: 'mail.example',
        windowsVersion: '2022',
        sendConnectorName: 'Internet',
        receiveConnectorInternetFacing: false,
        ipAddresses: ['192.0.2.11'],
      },
      {
        id: 'hub-2',
        fqdn: 'hub02.corp.example',
        netbiosName: 'HUB02',
        adDomain: 'corp.example',
        forest: 'corp.example',
        smtpDomain: 'mail.example',
        windowsVersion: '2019',
        sendConnectorName: 'Internet',
        receiveConnectorInternetFacing: false,
        ipAddresses: ['198.51.100.11'],
      },
    ],
    steelheads: [
      {
        id: 'sh-1',
        name: 'sh-a.corp.example',
        side: 'client-side',
        riosVersion: '9.12.1',
        sslLicence: true,
        hubIds: ['hub-1'],
      },
      {
        id: 'sh-2',
        name: 'sh-b.corp.example',
        side: 'server-side',
        riosVersion: '9.12.1',
        sslLicence: true,
        hubIds: ['hub-2'],
      },
    ],
    certificate: { keySize: 2048, legacyKeyAllowed: false, validityDays: 730, pfxProfile: 'auto' },
  });
}
