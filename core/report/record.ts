import type { HubCertView, CertMetadata } from '../certificates/metadata';
import { pfxProfileLabel } from '../certificates/profile';
import { certificateStaleness } from '../certificates/stale';
import { allSteps, hubRunbook, workBlocks, type WorkBlock } from '../plan/runbook';
import { isFinished, statusOf, summarise, type StepStatus } from '../plan/progress';
import type { Plan, PlannedStep } from '../plan/types';
import { exchangeVersionLabels } from '../site/enums';
import type {
  NotCompleteReason,
  ReportCertificate,
  ReportCheck,
  ReportRecord,
  ReportScope,
  ReportStep,
} from './types';

/** A saved step record as the store and the site file keep it. */
export interface ReportProgressRecord {
  readonly status: StepStatus;
  readonly by?: string;
  readonly at?: string;
  readonly note?: string;
  readonly evidence?: readonly string[];
}

/** Everything a report is built from: the plan, the records, the certificate facts, the checks. */
export interface ReportInputs {
  readonly plan: Plan;
  readonly progress: Readonly<Record<string, ReportProgressRecord | undefined>>;
  readonly certs: readonly HubCertView[];
  readonly siteCa: CertMetadata | null;
  readonly checks?: readonly ReportCheck[];
  /**
   * Evidence ids the records refer to that could not be read where this record is built (no
   * evidence folder given, or the file is gone). Their checks could not be made, so a record that
   * refers to any of them is never a clean certificate.
   */
  readonly evidenceNotAtHand?: readonly string[];
}

function reportStep(step: PlannedStep, inputs: ReportInputs): ReportStep {
  const saved = inputs.progress[step.key];
  return {
    key: step.key,
    title: step.title,
    runOn: step.runOn,
    optional: step.optional,
    status: statusOf(inputs.progress, step.key),
    by: saved?.by ?? '',
    at: saved?.at ?? null,
    note: saved?.note ?? '',
    evidence: [...(saved?.evidence ?? [])],
  };
}

function blockTitle(block: WorkBlock, plan: Plan): string {
  if (block.kind === 'prerequisites') return 'Before you start';
  if (block.kind === 'steelheads') return 'SteelHeads';
  if (block.kind === 'organisation') return `Organisation ${block.forest} (once)`;
  return plan.hubs.find((h) => h.hubId === block.hubId)?.fqdn ?? block.hubId;
}

function certificateFacts(inputs: ReportInputs, hubId: string): ReportCertificate | null {
  const site = inputs.plan.site;
  const hub = site.hubs.find((h) => h.id === hubId);
  const cert = inputs.certs.find((c) => c.hubId === hubId);
  if (!hub || !cert) return null;
  const m = cert.metadata;
  return {
    hubId,
    fqdn: hub.fqdn,
    subject: m.subject,
    issuer: m.issuer,
    sans: [...m.sans],
    notBefore: m.notBefore,
    notAfter: m.notAfter,
    keyBits: m.keyBits,
    profile: pfxProfileLabel(cert.profile),
    thumbprint: m.thumbprint,
    sha256: m.sha256,
    signedBy: cert.signedBy,
    stale: certificateStaleness(site, hub, cert, inputs.siteCa).map((r) => r.message),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why a record is not a clean completion certificate, in words, most important first; empty when
 * it is one. The one rule of "complete": every applicable step finished (core/plan's rule), a
 * certificate for every hub in scope that still fits the site (core/certificates' staleness), no
 * check that failed or could not be read, and no evidence the records refer to missing (what could
 * not be read cannot be vouched for). "Not checked" is listed on the paper but does not block:
 * checking is optional evidence.
 */
function notCompleteBecause(
  totals: ReportRecord['totals'],
  certificates: readonly ReportCertificate[],
  hubsWithoutCertificate: readonly string[],
  checks: readonly ReportCheck[],
  evidenceNotAtHand: readonly string[],
): NotCompleteReason[] {
  const open = totals.total - totals.finished;
  const failed = checks.filter((c) => c.outcome === 'fail').length;
  const unreadable = checks.filter((c) => c.outcome === 'cannot-read').length;
  const n = evidenceNotAtHand.length;
  const out: NotCompleteReason[] = [];
  if (open > 0)
    out.push({
      kind: 'steps-open',
      words: `${open} of ${totals.total} steps are open (${totals.blocked} blocked, ${open - totals.blocked} to do)`,
    });
  // Every step skipped with a reason is "finished" by core's rule, but a document where nothing
  // was done certifies no work.
  if (totals.total > 0 && totals.done === 0 && open === 0)
    out.push({
      kind: 'nothing-done',
      words: `no step was done: all ${totals.total} were skipped`,
    });
  for (const fqdn of hubsWithoutCertificate)
    out.push({ kind: 'no-certificate', words: `no certificate in the records for ${fqdn}` });
  for (const c of certificates.filter((x) => x.stale.length > 0))
    out.push({
      kind: 'certificate-does-not-fit',
      words: `the certificate of ${c.fqdn} does not fit the site: ${c.stale.join('; ')}`,
    });
  if (failed > 0)
    out.push({ kind: 'check-failed', words: `${plural(failed, 'check', 'checks')} FAILED` });
  if (unreadable > 0)
    out.push({
      kind: 'check-unreadable',
      words: `${plural(unreadable, 'pasted or collected output', 'outputs')} could not be read`,
    });
  if (n > 0)
    out.push({
      kind: 'evidence-not-at-hand',
      words: `${plural(n, 'evidence file the records refer to is', 'evidence files the records refer to are')} not at hand (pasted output or screenshots): ${n === 1 ? 'its' : 'their'} checks could not be made`,
    });
  return out;
}

/**
 * The canonical record of a site's or a hub's work: every applicable step in the one working order
 * (allSteps / hubRunbook), its status by core's rule, who, when and the note; the certificate facts
 * and their staleness from core/certificates; the checks of live state. Pure: same inputs, same
 * record, so the same document ID. The moment of printing is not part of it.
 */
export function buildReportRecord(inputs: ReportInputs, scope: ReportScope): ReportRecord {
  const { plan } = inputs;
  const hubIds = scope.kind === 'site' ? plan.hubs.map((h) => h.hubId) : [scope.hubId];
  const hubs = plan.hubs.filter((h) => hubIds.includes(h.hubId));
  if (scope.kind === 'hub' && hubs.length === 0)
    throw new Error(
      `hub '${scope.hubId}' is not in this site: pick one of ${plan.hubs.map((h) => h.hubId).join(', ')}`,
    );
  const sections =
    scope.kind === 'site'
      ? workBlocks(plan).map((b) => ({
          title: blockTitle(b, plan),
          steps: b.steps.map((s) => reportStep(s, inputs)),
        }))
      : [
          {
            title: hubs[0]?.fqdn ?? scope.hubId,
            steps: hubRunbook(plan, scope.hubId).map((s) => reportStep(s, inputs)),
          },
        ];
  const steps = scope.kind === 'site' ? allSteps(plan) : hubRunbook(plan, scope.hubId);
  const sum = summarise(steps, inputs.progress);
  const certificates = hubs.flatMap((h) => certificateFacts(inputs, h.hubId) ?? []);
  const checks = (inputs.checks ?? []).filter((c) => hubIds.includes(c.hubId));
  const hubsWithoutCertificate = hubs
    .filter((h) => !certificates.some((c) => c.hubId === h.hubId))
    .map((h) => h.fqdn);
  const referred = new Set(sections.flatMap((s) => s.steps.flatMap((step) => step.evidence)));
  const evidenceNotAtHand = [...new Set(inputs.evidenceNotAtHand ?? [])].filter((id) =>
    referred.has(id),
  );
  const totals = {
    total: sum.total,
    done: sum.done,
    skipped: sum.skipped,
    blocked: sum.blocked,
    finished: sum.finished,
  };
  const notComplete = notCompleteBecause(
    totals,
    certificates,
    hubsWithoutCertificate,
    checks,
    evidenceNotAtHand,
  );
  return {
    format: 'secure-smtp-runbook.report',
    version: 1,
    scope,
    customer: { name: plan.site.customer.name, siteName: plan.site.customer.siteName },
    engineer: { name: plan.site.engineer.name, email: plan.site.engineer.email },
    hubs: hubs.map((h) => ({
      hubId: h.hubId,
      fqdn: h.fqdn,
      exchange: exchangeVersionLabels[h.exchangeVersion],
    })),
    sections,
    certificates,
    hubsWithoutCertificate,
    checks,
    evidenceNotAtHand,
    totals,
    notComplete,
    complete: notComplete.length === 0,
  };
}

/** The steps of a record that are still open (to do or blocked), in working order. */
export function remainingSteps(record: ReportRecord): ReportStep[] {
  return record.sections.flatMap((s) => s.steps.filter((step) => !isFinished(step.status)));
}

/** The steps of a record skipped with a reason, in working order. */
export function skippedSteps(record: ReportRecord): ReportStep[] {
  return record.sections.flatMap((s) => s.steps.filter((step) => step.status === 'skipped'));
}

/** Every evidence id a record refers to, once each, in order. */
export function evidenceIds(record: ReportRecord): string[] {
  return [...new Set(record.sections.flatMap((s) => s.steps.flatMap((step) => step.evidence)))];
}
