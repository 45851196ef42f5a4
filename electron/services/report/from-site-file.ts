import { planFor } from '../../../core/plan/plan';
import { buildReportRecord, type ReportInputs } from '../../../core/report/record';
import type { ReportRecord } from '../../../core/report/types';
import type { SiteFile } from '../../../core/site-file/schema';

/** The report inputs a site file holds: its site's plan, its progress, its certificates' facts. */
export function reportInputsOf(
  file: Pick<SiteFile, 'site' | 'progress' | 'certificates'>,
): ReportInputs {
  return {
    plan: planFor(file.site),
    progress: file.progress,
    certs: file.certificates?.hubs ?? [],
    siteCa: file.certificates?.siteCa ?? null,
  };
}

/** Every document the records can print: the site's, then each hub's, in site order. */
export function everyReportRecord(inputs: ReportInputs): ReportRecord[] {
  return [
    buildReportRecord(inputs, { kind: 'site' }),
    ...inputs.plan.hubs.map((h) => buildReportRecord(inputs, { kind: 'hub', hubId: h.hubId })),
  ];
}
