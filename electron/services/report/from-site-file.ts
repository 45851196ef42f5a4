import type { CertMetadata, HubCertView } from '../../../core/certificates/metadata';
import { planFor } from '../../../core/plan/plan';
import { siteChecks, type CheckSources, type PastedOutput } from '../../../core/report/checks';
import { buildReportRecord, type ReportInputs } from '../../../core/report/record';
import { readEvidence } from '../evidence/store';
import type { ReportRecord } from '../../../core/report/types';
import type { SiteFile } from '../../../core/site-file/schema';

/**
 * The pasted command output attached to steps, read from the evidence folder (texts only), and how
 * which evidence files the records refer to could not be read (all of them without a folder).
 */
async function pastedOutputs(
  dir: string | null,
  progress: SiteFile['progress'],
): Promise<{ pasted: PastedOutput[]; missing: string[] }> {
  const out: PastedOutput[] = [];
  const missing = new Set<string>();
  for (const [stepKey, record] of Object.entries(progress)) {
    for (const id of record.evidence) {
      const found = dir === null ? null : await readEvidence(dir, id);
      if (!found) missing.add(id);
      else if (found.kind === 'text') out.push({ stepKey, text: found.text });
    }
  }
  return { pasted: out, missing: [...missing] };
}

/**
 * The report inputs of a site file (its plan, progress and certificates' facts) and the checked
 * verification of the output pasted on its steps (when the evidence folder is at hand) and of the
 * hubs' collected states.
 */
export async function reportInputsOf(
  file: Pick<SiteFile, 'site' | 'progress'> & {
    readonly certificates?: {
      readonly hubs: readonly HubCertView[];
      readonly siteCa: CertMetadata | null;
    };
  },
  evidenceDir: string | null,
  collected: CheckSources['collected'] = {},
): Promise<ReportInputs & { readonly evidenceMissing: number }> {
  const plan = planFor(file.site);
  const certs = file.certificates?.hubs ?? [];
  const siteCa = file.certificates?.siteCa ?? null;
  const { pasted, missing } = await pastedOutputs(evidenceDir, file.progress);
  return {
    evidenceMissing: missing.length,
    evidenceNotAtHand: missing,
    plan,
    progress: file.progress,
    certs,
    siteCa,
    checks: siteChecks(plan, { pasted, collected }, certs, siteCa),
  };
}

/** Every document the records can print: the site's, then each hub's, in site order. */
export function everyReportRecord(inputs: ReportInputs): ReportRecord[] {
  return [
    buildReportRecord(inputs, { kind: 'site' }),
    ...inputs.plan.hubs.map((h) => buildReportRecord(inputs, { kind: 'hub', hubId: h.hubId })),
  ];
}
