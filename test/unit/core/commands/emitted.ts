import type { Command } from '../../../../core/commands';
import { allSteps, installScript, planFor, type PlannedStep } from '../../../../core/plan';
import {
  exchangeVersions,
  validateSite,
  type ExchangeVersion,
  type Site,
} from '../../../../core/site';
import { fixtureNames, rawAsVersion, rawSiteFixture } from '../site/load-fixture';

export interface Emitted {
  readonly site: Site;
  readonly name: string;
  readonly steps: PlannedStep[];
  /** Every command of every planned step, with the step that carries it. */
  readonly commands: { step: PlannedStep; command: Command }[];
  /** Every install script, by hub id. */
  readonly scripts: Record<string, string>;
}

/** Every fixture re-run under every Exchange version: the widest net for the version table. */
export function everyVariant(): Emitted[] {
  const out: Emitted[] = [];
  for (const name of fixtureNames) {
    for (const version of exchangeVersions) {
      const raw = rawAsVersion(rawSiteFixture(name), version);
      const parsed = validateSite(raw);
      if (!parsed.ok) throw new Error(`${name}@${version}: ${parsed.error.message}`);
      out.push(emit(parsed.value, `${name}@${version}`));
    }
  }
  return out;
}

/** Plans and scripts one site. */
export function emit(site: Site, name: string): Emitted {
  const steps = allSteps(planFor(site));
  const scripts: Record<string, string> = {};
  for (const hub of site.hubs) {
    const s = installScript(site, hub.id, { now: new Date('2026-01-02T03:04:05Z') });
    if (!s.ok) throw new Error(s.error.message);
    scripts[hub.id] = s.value.content;
  }
  return {
    site,
    name,
    steps,
    commands: steps.flatMap((step) => [
      ...step.commands.map((command) => ({ step, command })),
      ...(step.verify.command ? [{ step, command: step.verify.command }] : []),
    ]),
    scripts,
  };
}

/** Every line of PowerShell we emit anywhere (plan commands and install scripts). */
export function powershellLines(e: Emitted): string[] {
  const fromPlan = e.commands
    .filter((c) => c.command.shell === 'powershell')
    .flatMap((c) => c.command.command.split('\n'));
  const fromScripts = Object.values(e.scripts).flatMap((s) => s.split('\r\n'));
  return [...fromPlan, ...fromScripts];
}

export const versionOf = (e: Emitted): ExchangeVersion => e.site.exchangeVersion;
