import type { Command, CommandOptions, FactStatus } from '../commands';
import type { ExchangeVersion, Hub, Site, Steelhead } from '../site';
import type { TrustMatrix } from '../trust/matrix';
import type { IllustrationId } from './illustrations';
import type { StepId } from './step-ids';
import type { Target } from './targets';

/** Where a step runs: each hub, each partner pair, once per organisation, AD, a SteelHead. */
export type StepScope =
  | 'prerequisite'
  | 'active-directory'
  | 'hub'
  | 'partner-pair'
  | 'organisation'
  | 'steelhead-server-side'
  | 'steelhead-client-side';

/** The tool a console instruction is written for. */
export type ConsoleKind = 'emc' | 'eac' | 'ems' | 'mmc' | 'aduc' | 'steelhead-gui';

export const consoleLabels: Record<ConsoleKind, string> = {
  emc: 'Exchange Management Console',
  eac: 'Exchange admin center',
  ems: 'Exchange Management Shell',
  mmc: 'Certificates snap-in (Local Computer)',
  aduc: 'Active Directory Domains and Trusts',
  'steelhead-gui': 'SteelHead Management Console',
};

/** The phases the checklist groups steps under, in working order. */
export type Phase =
  'prerequisites' | 'certificates' | 'connectors' | 'organisation' | 'steelhead' | 'verification';

/** Click-by-click instructions for one console, with how sure we are of the captions. */
export interface ConsoleInstructions {
  readonly console: ConsoleKind;
  readonly steps: readonly string[];
  readonly status: FactStatus;
}

/** How to confirm a step worked. */
export interface Verification {
  readonly how: string;
  readonly command?: Command;
  readonly expected: string;
}

type WarningLevel = 'info' | 'warning' | 'danger';

/** Something the engineer must read before acting; `danger` means mail can stop flowing. */
export interface PlanWarning {
  readonly code: string;
  readonly level: WarningLevel;
  readonly message: string;
}

/** Everything a step record needs to tailor itself to one target. */
export interface StepContext {
  readonly site: Site;
  readonly target: Target;
  readonly matrix: TrustMatrix;
  readonly options: CommandOptions;
  /** The Exchange version the step runs on: the hub's (or the designated hub's), else the site's. */
  readonly version: ExchangeVersion;
  readonly hub?: Hub;
  readonly peer?: Hub;
  readonly steelhead?: Steelhead;
  readonly forest?: string;
  readonly forests?: readonly [string, string];
}

/** One step of the procedure, as data. Functions are pure over the context. */
export interface StepDefinition {
  readonly id: StepId;
  readonly title: string;
  /** One line: why this step exists (on this site, when it depends on the answers). */
  readonly why: string | ((ctx: StepContext) => string);
  readonly scope: StepScope;
  readonly phase: Phase;
  /** Status of the step's facts as a whole (DOMAIN.md legend). */
  readonly status: FactStatus;
  /** True when the step is only needed in some deployments (the engineer decides). */
  readonly optional?: boolean;
  /** Whether the step applies to this site at all. */
  readonly appliesTo: (site: Site) => boolean;
  /** For hub-scoped steps: whether it applies to this hub. */
  readonly appliesToHub?: (site: Site, hub: Hub) => boolean;
  readonly consoles: (ctx: StepContext) => ConsoleInstructions[];
  /** The console screen that shows the step, or null when there is none to show. */
  readonly illustration: (ctx: StepContext) => IllustrationId | null;
  /** True when the step can only be done in a shell on this version (no console screen). */
  readonly shellOnly: (ctx: StepContext) => boolean;
  readonly commands: (ctx: StepContext) => Command[];
  readonly verify: (ctx: StepContext) => Verification;
  readonly warnings?: (ctx: StepContext) => PlanWarning[];
  /**
   * Set when the step must be done by hand at a moment the engineer judges (never by the install
   * script running everything in one go): why, in words. Its commands are shown, not scripted.
   */
  readonly byHandOnly?: string;
}

/** Reads a context field a step's scope guarantees; a missing one is a bug in planFor. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`step context is missing ${what}`);
  return value;
}
