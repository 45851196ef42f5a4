// `npm run bench`: each benchmark against a peer run side by side, printed as ratios.
// Never asserted in tests: timings on a shared 2-core machine are evidence, not pass/fail.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { benchBundleExport } from './bundle-export';
import { benchChecklistToggle } from './checklist-toggle';
import { benchPki } from './pki';
import { benchPlanScale } from './plan-scale';
import { benchRendererLoad } from './renderer-load';
import { benchReportPdf } from './report-pdf';

type Bench = { readonly name: string; readonly run: () => Promise<string[]> };

const benches: Bench[] = [
  { name: 'renderer', run: benchRendererLoad },
  { name: 'pki', run: benchPki },
  { name: 'checklist', run: benchChecklistToggle },
  { name: 'report', run: benchReportPdf },
  { name: 'plan', run: benchPlanScale },
  { name: 'export', run: benchBundleExport },
];

const only = process.argv.slice(2);
if (!existsSync('out/renderer/index.html')) {
  const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(`\n# ${bench.name}`);
  for (const line of await bench.run()) console.log(line);
}
