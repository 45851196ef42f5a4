import { parseArgs } from 'node:util';
import { planFor, renderPlanText } from '../../core/plan';
import { reportError, UsageError, type Subcommand } from '../io';
import { loadSiteFile } from '../site-file';

/** `plan`: prints the tailored plan with the trust matrix, as text or JSON. */
export const planCommand: Subcommand = {
  summary: 'print the tailored plan and trust matrix for a site file',
  usage: 'usage: smtp-runbook plan --site <site.json> [--json]',
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: [...argv],
      options: { site: { type: 'string' }, json: { type: 'boolean', default: false } },
      strict: true,
    });
    if (!values.site) throw new UsageError('--site is required');
    const site = await loadSiteFile(values.site);
    if (!site.ok) return reportError(io, site.error, values.json);
    const plan = planFor(site.value);
    io.out(values.json ? JSON.stringify(plan, null, 2) : renderPlanText(plan).trimEnd());
    return 0;
  },
};
