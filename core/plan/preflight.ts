import {
  elevationCheckLines,
  receiveConnectorAnonymousCheckLines,
  receiveConnectorSecurityCheckLines,
  sendConnectorCheckLines,
  windows2003Sha2CheckLines,
} from '../commands';
import { certificateSpecFor } from '../certificates/spec';
import { quotePowerShell } from '../quote';
import { needsPartnerConnector, securedReceiveConnector } from '../procedure';
import type { Hub } from '../site';
import { partnerAddresses } from '../trust/matrix';
import { ownOrganisationPeerAddressesAcrossWan } from '../trust/steelheads';
import { hubRunbook } from './runbook';
import type { Plan } from './types';

/**
 * The install script's live checks for one hub, read only, in the order they must hold before the
 * first change: elevation, then the connectors its runbook is about to change. The checks follow
 * from the steps the hub's runbook carries, so a step without a check cannot slip in unnoticed.
 */
export function preflightLines(plan: Plan, hub: Hub): string[] {
  const ids = new Set(hubRunbook(plan, hub.id).map((s) => s.stepId));
  const site: string[] = [];
  if (ids.has('partner-receive-connector') && partnerAddresses(plan.site, hub).length === 0) {
    // The Partner connector is scoped to the partner hubs' addresses: without them it cannot be
    // made, so the run stops here, before the import and the SMTP assignment, not halfway.
    site.push(...missingPartnerAddressesLines(hub));
  }
  if (
    ids.has('downgraded-exchange-auth') &&
    ownOrganisationPeerAddressesAcrossWan(plan.site, hub).length === 0
  ) {
    // The same for the WAN connector of downgraded Exchange Server authentication (§15).
    site.push(...missingWanPeerAddressesLines(hub));
  }
  const live: string[] = [];
  if (ids.has('receive-connector-permissions') && needsPartnerConnector(plan.site, hub) === false) {
    live.push(...receiveConnectorAnonymousCheckLines(hub, hub.receiveConnectorName));
  }
  const secured = securedReceiveConnector(plan.site, hub);
  if (ids.has('receive-connector-domain-secure') && secured === hub.receiveConnectorName) {
    live.push(...receiveConnectorSecurityCheckLines(hub, secured));
  }
  if (ids.has('send-connector-domain-secure')) {
    live.push(
      ...sendConnectorCheckLines(
        hub.sendConnectorName,
        certificateSpecFor(plan.site, hub).dnsNames,
      ),
    );
  }
  return [
    '# Live checks: read only, before any change, and in a -WhatIf dry run too.',
    ...elevationCheckLines(),
    ...(hub.windowsVersion === '2003' ? windows2003Sha2CheckLines(hub) : []),
    ...site,
    ...(live.length === 0
      ? []
      : [
          'if (Get-Command Get-ReceiveConnector -ErrorAction SilentlyContinue) {',
          ...live.map((l) => `  ${l}`),
          `  Write-Host 'Live checks passed.' -ForegroundColor Green`,
          '} else {',
          "  Write-Host 'Live connector checks NOT run: start the script in the Exchange Management Shell.' -ForegroundColor Yellow",
          '}',
        ]),
  ];
}

/** Stops before step 1 (warns in a dry run) when the Partner connector has no addresses to scope to. */
function missingPartnerAddressesLines(hub: Hub): string[] {
  return stopBeforeAnyChange(
    `No partner hub IP addresses are recorded for ${hub.netbiosName}: the Partner receive connector cannot be scoped. Add the partner hubs' addresses to the site and export the bundle again. Nothing was changed`,
  );
}

/** Stops before step 1 (warns in a dry run) when the WAN connector has no addresses to scope to. */
function missingWanPeerAddressesLines(hub: Hub): string[] {
  return stopBeforeAnyChange(
    `No IP addresses are recorded for the hubs that reach ${hub.netbiosName} through the SteelHeads: the WAN receive connector cannot be scoped. Add them to the site and export the bundle again. Nothing was changed`,
  );
}

function stopBeforeAnyChange(message: string): string[] {
  return [
    `if ($WhatIf) { Write-Host ${quotePowerShell(`WARNING: ${message}.`)} -ForegroundColor Yellow } else { throw ${quotePowerShell(message)} }`,
  ];
}
