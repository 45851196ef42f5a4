import {
  elevationCheckLines,
  receiveConnectorAnonymousCheckLines,
  receiveConnectorSecurityCheckLines,
  sendConnectorCheckLines,
} from '../commands';
import { certificateSpecFor } from '../certificates/spec';
import { carriesInternetMail, securedReceiveConnector } from '../procedure';
import type { Hub } from '../site';
import { hubRunbook } from './runbook';
import type { Plan } from './types';

/**
 * The install script's live checks for one hub, read only, in the order they must hold before the
 * first change: elevation, then the connectors its runbook is about to change. The checks follow
 * from the steps the hub's runbook carries, so a step without a check cannot slip in unnoticed.
 */
export function preflightLines(plan: Plan, hub: Hub): string[] {
  const ids = new Set(hubRunbook(plan, hub.id).map((s) => s.stepId));
  const live: string[] = [];
  if (ids.has('receive-connector-permissions') && carriesInternetMail(plan.site, hub) === false) {
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
