import type { CertMetadata, HubCertView } from '../../../core/certificates/metadata';
import { planFor } from '../../../core/plan/plan';
import { siteChecks, type PastedOutput } from '../../../core/report/checks';
import { buildReportRecord, type ReportInputs } from '../../../core/report/record';
import { readEvidence } from '../evidence/store';
import type { ReportRecord } from '../../../core/report/types';
import type { SiteFile } from '../../../core/site-file/schema';

/** The pasted command output attached to steps, read from the evidence folder (texts only). */
async function pastedOutputs(
  dir: string | null,
  progress: SiteFile['progress'],
): Promise<PastedOutput[]> {
  if (dir === null) return [];
  const out: PastedOutput[] = [];
  for (const [stepKey, record] of Object.entries(progress)) {
    for (const id of record.evidence) {
      const found = await readEvidence(dir, id);
      if (found?.kind === 'text') out.push({ stepKey, text: found.text });
    }
  }
  return out;
}

/**
 * The report inputs of a site file (its plan, progress and certificates' facts) and the checked
 * verification of the output pasted on its steps, when the evidence folder is at hand.
 */
export async function reportInputsOf(
  file: Pick<SiteFile, 'site' | 'progress'> & {
    readonly certificates?: {
      readonly hubs: readonly HubCertView[];
      readonly siteCa: CertMetadata | null;
    };
  },
  evidenceDir: string | null,
): Promise<ReportInputs> {
  const plan = planFor(file.site);
  const certs = file.certificates?.hubs ?? [];
  const siteCa = file.certificates?.siteCa ?? null;
  const pasted = await pastedOutputs(evidenceDir, file.progress);
  return {
    plan,
    progress: file.progress,
    certs,
    siteCa,
    checks: siteChecks(plan, pasted, certs, siteCa),
  };
}

/** Every document the records can print: the site's, then each hub's, in site order. */
export function everyReportRecord(inputs: ReportInputs): ReportRecord[] {
  return [
    buildReportRecord(inputs, { kind: 'site' }),
    ...inputs.plan.hubs.map((h) => buildReportRecord(inputs, { kind: 'hub', hubId: h.hubId })),
  ];
}
