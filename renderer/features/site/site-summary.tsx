import { useEffect, useRef, type ReactNode } from 'react';
import { pfxProfileForHub, pfxProfileShortLabel } from '../../../core/certificates/profile';
import {
  environmentLabels,
  exchangeVersionLabels,
  windowsVersionLabels,
  type Site,
} from '../../../core/site';

/** The finished site at a glance, with the actions that start from it. */
export function SiteSummary({
  site,
  progressCount,
  focusOnMount,
  actions,
}: {
  readonly site: Site;
  readonly progressCount: number;
  readonly focusOnMount: boolean;
  readonly actions: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const profile = (w: Site['hubs'][number]['windowsVersion']) =>
    pfxProfileShortLabel(pfxProfileForHub(site, { windowsVersion: w }));
  return (
    <section
      className="panel site-summary"
      aria-labelledby="site-summary-title"
      data-testid="site-summary"
    >
      <div className="summary-head">
        <div>
          <p className="eyebrow">{site.customer.name}</p>
          <h2 id="site-summary-title" ref={headingRef} tabIndex={-1}>
            {site.customer.siteName}
          </h2>
        </div>
        <div className="row">{actions}</div>
      </div>
      <dl className="facts">
        <dt>Environment</dt>
        <dd>{environmentLabels[site.environment]}</dd>
        <dt>Exchange</dt>
        <dd>{exchangeVersionLabels[site.exchangeVersion]}</dd>
        <dt>Engineer</dt>
        <dd>
          {site.engineer.name}
          {site.engineer.email ? ` · ${site.engineer.email}` : ''}
        </dd>
        <dt>Certificates</dt>
        <dd>
          RSA {site.certificate.keySize} bits, valid {site.certificate.validityDays} days
          {site.certificate.siteCa ? ', signed by one site CA' : ', self-signed'}
        </dd>
        <dt>SteelHeads</dt>
        <dd>
          {site.steelheads.length === 0
            ? 'None recorded'
            : site.steelheads.map((s) => `${s.name} (${s.side})`).join(', ')}
        </dd>
        <dt>Progress</dt>
        <dd>
          {progressCount} step {progressCount === 1 ? 'record' : 'records'}
        </dd>
      </dl>
      <div className="table-scroll">
        <table className="hub-table">
          <caption>Hubs ({site.hubs.length})</caption>
          <thead>
            <tr>
              <th scope="col">FQDN</th>
              <th scope="col">Forest</th>
              <th scope="col">SMTP domain</th>
              <th scope="col">Windows Server</th>
              <th scope="col">Receive connector</th>
              <th scope="col">PFX profile</th>
            </tr>
          </thead>
          <tbody>
            {site.hubs.map((h) => (
              <tr key={h.id}>
                <td>{h.fqdn}</td>
                <td>{h.forest}</td>
                <td>{h.smtpDomain}</td>
                <td>{windowsVersionLabels[h.windowsVersion].replace('Windows Server ', '')}</td>
                <td>{h.receiveConnectorName}</td>
                <td>{profile(h.windowsVersion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
