// Plan generation for the largest site the schema accepts against a 3-hub site: time, plan size
// and peak memory, each as a ratio. Each measurement runs in its own Node process, so one site's
// garbage cannot weigh on the other's peak RSS.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatRatio } from './stats';

const probe = fileURLToPath(new URL('./plan-scale-probe.ts', import.meta.url));

interface Probe {
  readonly ms: number;
  readonly planBytes: number;
  readonly maxRssMb: number;
  readonly steps: number;
}

function measure(which: 'largest' | 'three'): Probe {
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe, which], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`plan probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Probe;
}

/** `npm run bench -- plan`: largest accepted site vs 3 hubs, interleaved runs. */
export async function benchPlanScale(): Promise<string[]> {
  const largest: Probe[] = [];
  const three: Probe[] = [];
  for (let i = 0; i < 3; i += 1) {
    three.push(measure('three'));
    largest.push(measure('largest'));
  }
  const l = largest[0] as Probe;
  const t = three[0] as Probe;
  return [
    formatRatio(
      'plan time, largest / 3-hub',
      largest.map((p) => p.ms),
      three.map((p) => p.ms),
    ),
    formatRatio(
      'peak RSS, largest / 3-hub',
      largest.map((p) => p.maxRssMb),
      three.map((p) => p.maxRssMb),
      'MB',
    ),
    `plan JSON: largest ${(l.planBytes / 1e6).toFixed(1)} MB in ${l.steps} steps, 3-hub ${(t.planBytes / 1e3).toFixed(1)} kB in ${t.steps} steps (ratio ${(l.planBytes / t.planBytes).toFixed(0)}x)`,
  ];
}
