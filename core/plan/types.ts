import type { Command, FactStatus } from '../commands';
import type {
  ConsoleInstructions,
  IllustrationId,
  Phase,
  PlanWarning,
  StepId,
  StepScope,
  Target,
  Verification,
} from '../procedure';
import type { ExchangeVersion, PfxProfile, Site } from '../site';
import type { TrustMatrix } from '../trust';

/** One step tailored to one target: everything the checklist, script and README show. */
export interface PlannedStep {
  /** Progress key: `${stepId}@${targetKey}` (see core/procedure/targets.ts). */
  readonly key: string;
  readonly stepId: StepId;
  readonly title: string;
  readonly why: string;
  readonly scope: StepScope;
  readonly phase: Phase;
  readonly target: Target;
  /** Where to do it, in words: "EX01", "EX01 trusts MX1", "organisation contoso.local (on EX01)". */
  readonly runOn: string;
  readonly optional: boolean;
  readonly status: FactStatus;
  readonly consoles: readonly ConsoleInstructions[];
  readonly illustration: IllustrationId | null;
  readonly shellOnly: boolean;
  readonly commands: readonly Command[];
  readonly verify: Verification;
  readonly warnings: readonly PlanWarning[];
  /** Why the install script leaves this step to the engineer (null: scripted when it has PowerShell). */
  readonly byHandOnly: string | null;
}

export interface HubPlan {
  readonly hubId: string;
  readonly fqdn: string;
  readonly netbiosName: string;
  readonly forest: string;
  readonly exchangeVersion: ExchangeVersion;
  readonly pfxProfile: PfxProfile;
  /** The receive connector the domain-security steps act on (may be the new Partner connector). */
  readonly securedReceiveConnector: string;
  /** True when this hub's install script also carries its organisation's once-only steps. */
  readonly designatedForOrganisation: boolean;
  /** Hub steps in order, ending with the final verification. */
  readonly steps: readonly PlannedStep[];
}

export interface OrganisationPlan {
  readonly forest: string;
  readonly designatedHubId: string;
  readonly steps: readonly PlannedStep[];
}

/** The tailored plan for a site. */
export interface Plan {
  readonly site: Site;
  readonly warnings: readonly PlanWarning[];
  readonly prerequisites: readonly PlannedStep[];
  readonly hubs: readonly HubPlan[];
  readonly organisations: readonly OrganisationPlan[];
  readonly steelheads: readonly PlannedStep[];
  readonly trust: TrustMatrix;
}
