import { generateCertificate, importPfx } from './steps-certificates';
import { assignSmtp } from './steps-assign-smtp';
import {
  partnerReceiveConnector,
  receiveConnectorDomainSecure,
  receiveConnectorPermissions,
  sendConnectorDomainSecure,
} from './steps-connectors';
import { trustPartnerCertificate, trustSiteCa } from './steps-trust';
import { transportSecureLists } from './steps-organisation';
import { forestTrust, steelheadPrerequisites } from './steps-prerequisites';
import { steelheadClientSide, steelheadServerSide } from './steps-steelhead';
import { finalVerification } from './steps-verify';
import { partnerConnectorEnable } from './steps-partner-enable';
import { hubCleanup } from './steps-cleanup';
import { downgradedExchangeAuth } from './steps-downgraded-auth';
import type { StepId } from './step-ids';
import type { StepDefinition } from './types';

/** The whole procedure in working order. planFor() selects and tailors from this list. */
export const procedure: readonly StepDefinition[] = [
  steelheadPrerequisites,
  forestTrust,
  generateCertificate,
  // Site CA mode: the hub trusts the root before its PFX (signed by that root) is imported.
  trustSiteCa,
  importPfx,
  assignSmtp,
  trustPartnerCertificate,
  receiveConnectorPermissions,
  partnerReceiveConnector,
  sendConnectorDomainSecure,
  receiveConnectorDomainSecure,
  transportSecureLists,
  downgradedExchangeAuth,
  steelheadServerSide,
  steelheadClientSide,
  partnerConnectorEnable,
  finalVerification,
  hubCleanup,
];

/** The step record of an id (every StepId has one; undefined only for a procedure in flux). */
export function stepById(id: StepId): StepDefinition | undefined {
  return procedure.find((s) => s.id === id);
}
