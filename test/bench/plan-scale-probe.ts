// One plan generation in a fresh process (see plan-scale.ts); prints one JSON line.
import { planFor } from '../../core/plan';
import { allSteps } from '../../core/plan/runbook';
import { largestSite, threeHubSite } from '../helpers/largest-site';

const site = process.argv[2] === 'largest' ? largestSite() : threeHubSite();
const started = performance.now();
const plan = planFor(site);
const ms = performance.now() - started;
const planBytes = Buffer.byteLength(JSON.stringify(plan));
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, planBytes, maxRssMb, steps: allSteps(plan).length }));
