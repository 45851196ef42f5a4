import { z } from 'zod';
import { formatDateTime } from '../dates';
import type { AppError } from '../errors';
import type { Plan } from '../plan/types';
import { hubOfState, stepVerdicts, type CheckResult, type StepVerdict } from './check';
import type { ObservedState } from './observed';
import { observedStateSchema } from './observed-schema';

/** One state file found on the stick: what it holds, or why it cannot be read. */
export interface StateFileReport {
  /** Path inside the chosen folder, with forward slashes (`ex01.contoso.local/state-EX01-….xml`). */
  readonly relPath: string;
  readonly fileName: string;
  readonly size: number;
  /** SHA-256 of the file's bytes, lower-case hex (the evidence's fingerprint); '' when unread. */
  readonly sha256: string;
  readonly observed: ObservedState | null;
  readonly error: AppError | null;
}

/** A hub's collected state as the app keeps it: the file as evidence (name, SHA-256) and what it showed. */
export const serverStateRecordSchema = z.object({
  /** When the app read it (ISO). */
  at: z.iso.datetime(),
  relPath: z.string().max(1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  observed: observedStateSchema,
});
export interface ServerStateRecord {
  readonly at: string;
  readonly relPath: string;
  readonly sha256: string;
  readonly observed: ObservedState;
}

/** What reading a stick gave: the newest readable state per hub, and every file not used, with why. */
export interface StickReading {
  readonly byHub: Readonly<Record<string, ServerStateRecord>>;
  readonly notUsed: readonly { readonly relPath: string; readonly reason: string }[];
}

/**
 * Assigns the files to hubs (by the server they were read on) and keeps the newest per hub (by
 * collection time, then name); unreadable files and files of no hub of this site are listed, with why.
 */
export function latestStatePerHub(
  plan: Plan,
  files: readonly StateFileReport[],
  at: Date,
): StickReading {
  const byHub: Record<string, ServerStateRecord> = {};
  const notUsed: { relPath: string; reason: string }[] = [];
  const key = (r: ServerStateRecord) => `${r.observed.collectedAt ?? ''}|${r.relPath}`;
  for (const f of files) {
    if (!f.observed) {
      notUsed.push({ relPath: f.relPath, reason: f.error?.message ?? 'cannot read this' });
      continue;
    }
    const hubId = hubOfState(plan, f.observed);
    if (!hubId) {
      notUsed.push({
        relPath: f.relPath,
        reason: `read on ${f.observed.server?.name ?? 'an unknown server'}, which is no hub of this site`,
      });
      continue;
    }
    const record = {
      at: at.toISOString(),
      relPath: f.relPath,
      sha256: f.sha256,
      observed: f.observed,
    };
    const was = byHub[hubId];
    if (was && key(was) > key(record))
      notUsed.push({
        relPath: f.relPath,
        reason: `an older state of the same hub (${was.relPath} is newer)`,
      });
    else {
      if (was)
        notUsed.push({
          relPath: was.relPath,
          reason: `an older state of the same hub (${f.relPath} is newer)`,
        });
      byHub[hubId] = record;
    }
  }
  return { byHub, notUsed };
}

/**
 * A step's server verdict as the engineer should read it: a check that fails on a step still to do
 * only says the work is not on the server yet; on a step marked finished, it is a failure.
 */
export type ServerStepStatus = 'verified' | 'failed' | 'not-yet' | 'unknown';

/** The server status of every step an after-check names, given which steps are finished. */
export function serverStepStatuses(
  results: readonly CheckResult[],
  isFinished: (stepKey: string) => boolean,
): Record<string, ServerStepStatus> {
  const out: Record<string, ServerStepStatus> = {};
  for (const [key, v] of Object.entries(stepVerdicts(results)) as [string, StepVerdict][]) {
    out[key] = v === 'failed' && !isFinished(key) ? 'not-yet' : v;
  }
  return out;
}

/** How a server step status reads on screen and on paper. */
export const serverStepStatusWords: Record<ServerStepStatus, string> = {
  verified: 'Verified on the server',
  failed: 'Failed on the server',
  'not-yet': 'Not on the server yet',
  unknown: 'Not shown by the collected state',
};

/**
 * The note a step gets when the engineer marks it done because a collected state verified it:
 * which file (by name and SHA-256, the kept copy's name) and when it was collected, so the record
 * and the completion certificate say what the tick rests on.
 */
export function verifiedOnServerNote(record: ServerStateRecord): string {
  const when = record.observed.collectedAt ?? record.at;
  return `Verified on the server: collected state ${record.relPath} (collected ${formatDateTime(when)}, SHA-256 ${record.sha256}).`;
}
