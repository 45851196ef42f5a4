import type { Command } from '../commands';
import { consoleLabels, type PlanWarning } from '../procedure';
import { pfxProfileShortLabel } from '../certificates/profile';
import { environmentLabels, exchangeVersionLabels } from '../site';
import { renderTrustGrid } from '../trust';
import { allSteps } from './runbook';
import type { Plan, PlannedStep } from './types';

const badge = (status: string) =>
  status === 'verified' ? '' : status === 'partial' ? ' [partial]' : ' [UNVERIFIED]';

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => `${pad}${l}`)
    .join('\n');
}

function renderCommand(c: Command): string {
  return `      ${c.label} (${c.shell})${badge(c.status)}:\n${indent(c.command, '        ')}`;
}

function renderWarning(w: PlanWarning, pad: string): string {
  return `${pad}[${w.level}] ${w.message}`;
}

/** One planned step as plain text. */
function renderStep(step: PlannedStep, number: string): string {
  const lines = [
    `  ${number} ${step.title}${step.optional ? ' (optional)' : ''}${badge(step.status)}`,
    `      on: ${step.runOn}    key: ${step.key}`,
    `      why: ${step.why}`,
    `      screen: ${step.illustration ?? 'none'}${step.shellOnly ? ' (shell only)' : ''}`,
  ];
  for (const c of step.consoles) {
    lines.push(`      ${consoleLabels[c.console]}${badge(c.status)}:`);
    c.steps.forEach((s, i) => lines.push(`        ${i + 1}. ${s}`));
  }
  for (const c of step.commands) lines.push(renderCommand(c));
  lines.push(`      verify: ${step.verify.how}`);
  if (step.verify.command) lines.push(indent(step.verify.command.command, '        $ '));
  lines.push(`      expect: ${step.verify.expected}`);
  for (const w of step.warnings) lines.push(renderWarning(w, '      '));
  return lines.join('\n');
}

/** The heading each step is listed under in the plan text, by step (one pass over the plan). */
function sectionTitles(plan: Plan): Map<PlannedStep, string> {
  const titles = new Map<PlannedStep, string>();
  for (const step of plan.prerequisites) titles.set(step, 'Prerequisites');
  for (const hub of plan.hubs) {
    for (const step of hub.steps) titles.set(step, `Hub ${hub.netbiosName} (${hub.fqdn})`);
  }
  for (const org of plan.organisations) {
    for (const step of org.steps) titles.set(step, `Organisation ${org.forest} (once)`);
  }
  for (const step of plan.steelheads) titles.set(step, 'SteelHeads');
  return titles;
}

/** Every step in working order (allSteps), numbered within numbered sections. */
function sections(plan: Plan): string[] {
  const out: string[] = [];
  let title = '';
  let n = 0;
  let i = 0;
  const titles = sectionTitles(plan);
  for (const step of allSteps(plan)) {
    const next =
      step.phase === 'verification' ? 'Final verification' : (titles.get(step) ?? step.runOn);
    if (next !== title) {
      title = next;
      n += 1;
      i = 0;
      out.push('', `${n}. ${title}`);
    }
    i += 1;
    out.push(renderStep(step, `${n}.${i}`));
  }
  return out;
}

/** The whole plan as text: header, warnings, trust matrix, then every step in order. */
export function renderPlanText(plan: Plan): string {
  const { site } = plan;
  const out = [
    `Secure SMTP plan: ${site.customer.name}, ${site.customer.siteName}`,
    `Engineer: ${site.engineer.name}`,
    `${exchangeVersionLabels[site.exchangeVersion]}; ${environmentLabels[site.environment]}`,
    `Certificates: RSA ${site.certificate.keySize}, ${site.certificate.validityDays} days`,
    '',
    'Hubs:',
    ...plan.hubs.map(
      (h) =>
        `  ${h.netbiosName}  ${h.fqdn}  forest ${h.forest}  PFX ${pfxProfileShortLabel(h.pfxProfile)}${h.exchangeVersion === site.exchangeVersion ? '' : `  ${exchangeVersionLabels[h.exchangeVersion]}`}${site.environment === 'multi-domain' ? `  partner mail on: ${h.securedReceiveConnector}` : ''}`,
    ),
  ];
  if (plan.warnings.length > 0) {
    out.push('', 'Warnings:', ...plan.warnings.map((w) => renderWarning(w, '  ')));
  }
  out.push(
    '',
    'Trust matrix (X = the row hub imports the column hub\u2019s certificate into Trusted Root):',
  );
  out.push(renderTrustGrid(plan.trust));
  out.push(...sections(plan));
  return `${out.join('\n')}\n`;
}
