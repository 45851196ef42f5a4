import { sha256Hex } from '../certificates/digest';
import { hubRunbook, scriptCommands } from './runbook';
import type { Plan } from './types';

/**
 * A digest of what a hub's install script is made from: each step of its runbook (the script's
 * order) with its key and PowerShell commands. Not the script text, so the clock and the
 * engineer's name in its header do not count; computed from the same plan in main (at export) and
 * in the renderer (Certificates table), so both see the same change.
 */
export function scriptInputsDigest(plan: Plan, hubId: string): string {
  const text = hubRunbook(plan, hubId)
    .map((s) => [s.key, ...scriptCommands(s).map((c) => c.command)].join('\n'))
    .join('\n\u0000\n');
  return sha256Hex(text);
}

/** Every hub's script input digest, by hub id. */
export function scriptInputDigests(plan: Plan): Record<string, string> {
  return Object.fromEntries(plan.hubs.map((h) => [h.hubId, scriptInputsDigest(plan, h.hubId)]));
}
