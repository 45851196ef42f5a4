import { defaultCommandOptions, type CommandOptions } from '../commands';
import {
  procedure,
  securedReceiveConnector,
  stepKey,
  type StepContext,
  type StepDefinition,
  type Target,
} from '../procedure';
import { pfxProfileForHub } from '../certificates/profile';
import type { Hub, Site } from '../site';
import { peersToTrust, trustMatrix, type TrustMatrix } from '../trust';
import { siteWarnings } from './site-warnings';
import type { HubPlan, OrganisationPlan, Plan, PlannedStep } from './types';

type Extra = Omit<StepContext, 'site' | 'target' | 'matrix' | 'options' | 'version'>;

function tailor(
  step: StepDefinition,
  site: Site,
  matrix: TrustMatrix,
  options: CommandOptions,
  target: Target,
  runOn: string,
  extra: Extra,
): PlannedStep {
  const version = extra.hub?.exchangeVersion ?? site.exchangeVersion;
  const ctx: StepContext = { site, target, matrix, options, version, ...extra };
  return {
    key: stepKey(step.id, target),
    stepId: step.id,
    title: step.title,
    why: typeof step.why === 'function' ? step.why(ctx) : step.why,
    scope: step.scope,
    phase: step.phase,
    target,
    runOn,
    optional: step.optional === true,
    status: step.status,
    consoles: step.consoles(ctx),
    illustration: step.illustration(ctx),
    shellOnly: step.shellOnly(ctx),
    commands: step.commands(ctx),
    verify: step.verify(ctx),
    warnings: step.warnings?.(ctx) ?? [],
    byHandOnly: step.byHandOnly ?? null,
  };
}

const hubScoped = new Set(['hub', 'partner-pair']);

/**
 * The tailored, ordered plan: prerequisites, each hub, each organisation once, the SteelHeads.
 * Throws an AppErrorException (field `bundleRoot`) if `options.bundleRoot` fails checkBundleRoot;
 * check it first where the user can type it.
 */
export function planFor(site: Site, options: CommandOptions = defaultCommandOptions): Plan {
  const matrix = trustMatrix(site);
  const steps = procedure.filter((s) => s.appliesTo(site));
  const make = (step: StepDefinition, target: Target, runOn: string, extra: Extra = {}) =>
    tailor(step, site, matrix, options, target, runOn, extra);

  const prerequisites: PlannedStep[] = [];
  const steelheads: PlannedStep[] = [];
  for (const step of steps) {
    if (step.scope === 'prerequisite') {
      for (const sh of site.steelheads) {
        prerequisites.push(
          make(step, { kind: 'steelhead', steelheadId: sh.id }, `SteelHead ${sh.name}`, {
            steelhead: sh,
          }),
        );
      }
    } else if (step.scope === 'active-directory') {
      for (const forests of matrix.forestPairs) {
        prerequisites.push(
          make(step, { kind: 'forest-pair', forests }, `forests ${forests[0]} and ${forests[1]}`, {
            forests,
          }),
        );
      }
    } else if (step.scope === 'steelhead-server-side' || step.scope === 'steelhead-client-side') {
      // Every SteelHead plays both roles: server-side for its own hubs, client-side towards the rest.
      for (const sh of site.steelheads) {
        steelheads.push(
          make(step, { kind: 'steelhead', steelheadId: sh.id }, `SteelHead ${sh.name}`, {
            steelhead: sh,
          }),
        );
      }
    }
  }

  const hubs: HubPlan[] = site.hubs.map((hub) => {
    const hubSteps: PlannedStep[] = [];
    for (const step of steps.filter((s) => hubScoped.has(s.scope))) {
      if (step.scope === 'partner-pair') {
        for (const peer of peersToTrust(site, hub)) {
          const target: Target = { kind: 'pair', hubId: hub.id, peerHubId: peer.id };
          hubSteps.push(
            make(step, target, `${hub.netbiosName} trusts ${peer.netbiosName}`, { hub, peer }),
          );
        }
      } else if (step.appliesToHub?.(site, hub) ?? true) {
        hubSteps.push(make(step, { kind: 'hub', hubId: hub.id }, hub.netbiosName, { hub }));
      }
    }
    return {
      hubId: hub.id,
      fqdn: hub.fqdn,
      netbiosName: hub.netbiosName,
      forest: hub.forest,
      exchangeVersion: hub.exchangeVersion,
      pfxProfile: pfxProfileForHub(site, hub),
      securedReceiveConnector: securedReceiveConnector(site, hub),
      designatedForOrganisation: matrix.organisations.some((o) => o.designatedHubId === hub.id),
      steps: hubSteps,
    };
  });

  const organisations: OrganisationPlan[] = matrix.organisations.map((org) => {
    const designated = site.hubs.find((h) => h.id === org.designatedHubId) as Hub;
    const orgSteps = steps
      .filter((s) => s.scope === 'organisation')
      .map((s) =>
        make(
          s,
          { kind: 'organisation', forest: org.forest },
          `organisation ${org.forest} (once, on ${designated.netbiosName})`,
          {
            forest: org.forest,
            hub: designated,
          },
        ),
      );
    return { forest: org.forest, designatedHubId: org.designatedHubId, steps: orgSteps };
  });

  return {
    site,
    warnings: siteWarnings(site),
    prerequisites,
    hubs,
    organisations,
    steelheads,
    trust: matrix,
  };
}
