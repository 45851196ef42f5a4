import { parseStepKey, stepById, type Target } from '../procedure';
import type { Site } from '../site';

function where(site: Site, target: Target): string {
  const hub = (id: string) => site.hubs.find((h) => h.id === id)?.netbiosName ?? 'a removed hub';
  switch (target.kind) {
    case 'hub':
      return hub(target.hubId);
    case 'pair':
      return `${hub(target.hubId)} trusts ${hub(target.peerHubId)}`;
    case 'organisation':
      return `Organisation ${target.forest}`;
    case 'forest-pair':
      return `Forests ${target.forests[0]} and ${target.forests[1]}`;
    case 'steelhead':
      return `SteelHead ${site.steelheads.find((s) => s.id === target.steelheadId)?.name ?? '(removed)'}`;
  }
}

/**
 * A saved progress key in the engineer's words, never the key itself: "EX01 trusts MX1" for a
 * partner trust, "EX01: Import the PFX on the hub" for a hub step.
 */
export function stepLabel(site: Site, key: string): string {
  const parsed = parseStepKey(key);
  if (!parsed) return 'A step this version of the app does not know';
  const title = stepById(parsed.stepId)?.title ?? 'a step no longer in the procedure';
  const place = where(site, parsed.target);
  if (parsed.stepId === 'trust-partner-certificate') return place;
  return `${place}: ${title}`;
}
