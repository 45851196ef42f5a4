import type { PlanWarning } from '../procedure';
import type { Plan, PlannedStep } from '../plan/types';
import type { Hub } from '../site';
import type { ObservedSection } from './observed';
import { afterRules } from './after-rules';
import { beforeRules } from './assumptions';

/**
 * What a hub's live state must show, derived from its tailored plan: the steps that apply decide
 * which checks exist, the same records (connector choice, secure lists, trust pairs) decide their
 * values. `after` expectations verify finished steps; `before` ones are the plan's assumptions
 * about the server as it was, each with the warning to show on its step when the server disagrees.
 */
export type ExpectationPhase = 'before' | 'after';

/** The fact one expectation checks. Values come from the plan, never from a surface. */
export type ExpectationRule =
  | {
      readonly kind: 'certificate-present';
      readonly thumbprint: string | null;
      readonly subject: string;
    }
  | {
      readonly kind: 'certificate-service';
      readonly thumbprint: string | null;
      readonly subject: string;
      readonly service: 'SMTP';
    }
  | {
      readonly kind: 'no-other-smtp-certificate';
      readonly thumbprint: string | null;
      readonly subject: string;
    }
  | { readonly kind: 'receive-exists'; readonly connector: string }
  | {
      readonly kind: 'receive-groups';
      readonly connector: string;
      readonly include: readonly string[];
      readonly exclude: readonly string[];
    }
  | {
      readonly kind: 'receive-auth';
      readonly connector: string;
      readonly include: readonly string[];
      readonly exclude: readonly string[];
    }
  | { readonly kind: 'receive-domain-secure'; readonly connector: string }
  | {
      readonly kind: 'receive-scope';
      readonly connector: string;
      readonly port: number;
      readonly remoteIps: readonly string[];
      /** 2013+: the transport service the connector must belong to (null: no roles before 2013). */
      readonly transportRole: 'FrontendTransport' | null;
    }
  | { readonly kind: 'send-exists'; readonly connector: string }
  | {
      readonly kind: 'send-flag';
      readonly connector: string;
      readonly property: 'domainSecureEnabled' | 'dnsRoutingEnabled' | 'ignoreStartTls';
      readonly value: boolean;
    }
  | { readonly kind: 'send-no-smart-host'; readonly connector: string }
  | { readonly kind: 'send-address-space'; readonly connector: string; readonly domain: string }
  | {
      readonly kind: 'secure-list';
      readonly list: 'send' | 'receive';
      readonly domain: string;
      readonly present: boolean;
    }
  | { readonly kind: 'root-trusted'; readonly thumbprint: string | null; readonly subject: string }
  | { readonly kind: 'exchange-version'; readonly version: Hub['exchangeVersion'] };

/** One check of a hub's live state. */
export interface Expectation {
  /** Unique within the hub and phase, stable across runs (e.g. `secure-list-send:partner.example`). */
  readonly id: string;
  readonly phase: ExpectationPhase;
  /** What is checked, in words: "Partners among the permission groups of EX01\Default EX01". */
  readonly label: string;
  /** The part of the observed state it needs; absent there means "unknown". */
  readonly section: ObservedSection | 'server';
  /** Progress keys of the steps it verifies (after) or warns (before). */
  readonly stepKeys: readonly string[];
  readonly rule: ExpectationRule;
  /** Before-state only: what the affected steps show when the server disagrees. */
  readonly warning?: PlanWarning;
}

/** Certificate facts the plan does not hold: the thumbprints of what this app generated. */
export interface ExpectationInputs {
  /** SHA-1 thumbprints by hub id (the hub certificates' metadata). */
  readonly thumbprints: Readonly<Record<string, string>>;
  /** The site CA's SHA-1 thumbprint, when the site uses one and it exists. */
  readonly siteCaThumbprint: string | null;
}

/** An expectation before its phase and step keys are set. */
export type Draft = Omit<Expectation, 'phase' | 'stepKeys' | 'warning'>;

/** Everything the rules of one step need. */
export interface RuleContext {
  readonly plan: Plan;
  readonly hub: Hub;
  readonly step: PlannedStep;
  readonly inputs: ExpectationInputs;
  readonly securedConnector: string;
  /** The partner domains of this hub's organisation (its secure lists). */
  readonly partnerDomains: readonly string[];
}

/** The hub's steps and its organisation's (the secure lists are organisation-wide). */
function stepsOf(plan: Plan, hub: Hub): PlannedStep[] {
  const hubSteps = plan.hubs.find((h) => h.hubId === hub.id)?.steps ?? [];
  const orgSteps = plan.organisations.find((o) => o.forest === hub.forest)?.steps ?? [];
  return [...hubSteps, ...orgSteps];
}

/**
 * Every expectation of one hub, before and after, from the plan. An unknown hub id gives none.
 * Each after-expectation also names the hub's final verification step.
 */
export function expectationsForHub(
  plan: Plan,
  hubId: string,
  inputs: ExpectationInputs,
): Expectation[] {
  const hub = plan.site.hubs.find((h) => h.id === hubId);
  const hubPlan = plan.hubs.find((h) => h.hubId === hubId);
  if (!hub || !hubPlan) return [];
  const finalKey = hubPlan.steps.find((s) => s.stepId === 'final-verification')?.key;
  const partnerDomains = plan.trust.secureLists.find((l) => l.forest === hub.forest)?.domains ?? [];
  const out: Expectation[] = [];
  for (const step of stepsOf(plan, hub)) {
    const ctx: RuleContext = {
      plan,
      hub,
      step,
      inputs,
      securedConnector: hubPlan.securedReceiveConnector,
      partnerDomains,
    };
    for (const d of afterRules(ctx)) {
      out.push({ ...d, phase: 'after', stepKeys: finalKey ? [step.key, finalKey] : [step.key] });
    }
    for (const b of beforeRules(ctx)) out.push({ ...b, phase: 'before', stepKeys: [step.key] });
  }
  return out;
}
