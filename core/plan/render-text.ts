import type { Command } from '../commands';
import { consoleLabels, type PlanWarning } from '../procedure';
import { pfxProfileShortLabel } from '../certificates/profile';
import { environmentLabels, exchangeVersionLabels } from '../site';
import { renderTrustGrid } from '../trust';
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
export function renderStep(step: PlannedStep, number: string): string {
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

function section(title: string, steps: readonly PlannedStep[], prefix: string): string[] {
  if (steps.length === 0) return [];
  return ['', title, ...steps.map((s, i) => renderStep(s, `${prefix}.${i + 1}`))];
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
  let n = 1;
  out.push(...section(`${n}. Prerequisites`, plan.prerequisites, String(n)));
  if (plan.prerequisites.length > 0) n += 1;
  for (const hub of plan.hubs) {
    const steps = hub.steps.filter((s) => s.phase !== 'verification');
    out.push(...section(`${n}. Hub ${hub.netbiosName} (${hub.fqdn})`, steps, String(n)));
    n += 1;
  }
  for (const org of plan.organisations) {
    if (org.steps.length === 0) continue;
    out.push(...section(`${n}. Organisation ${org.forest} (once)`, org.steps, String(n)));
    n += 1;
  }
  out.push(...section(`${n}. SteelHeads`, plan.steelheads, String(n)));
  if (plan.steelheads.length > 0) n += 1;
  const finals = plan.hubs.flatMap((h) => h.steps.filter((s) => s.phase === 'verification'));
  out.push(...section(`${n}. Final verification`, finals, String(n)));
  return `${out.join('\n')}\n`;
}
