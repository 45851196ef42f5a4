import type { StorageValue } from 'zustand/middleware';
import {
  persistedSchema,
  siteDraftSchema,
  stepRecordSchema,
  themeSchema,
  type PersistedState,
  type StepRecord,
} from './persisted-schema';
import { siteSchema } from '../../core/site';

/** Newest record per step wins; on a tie, ours. Keys only one side has are kept. */
export function mergeProgress(
  theirs: Readonly<Record<string, StepRecord>>,
  ours: Readonly<Record<string, StepRecord>>,
): Record<string, StepRecord> {
  const merged: Record<string, StepRecord> = { ...theirs };
  for (const [key, record] of Object.entries(ours)) {
    const other = merged[key];
    if (!other || Date.parse(record.at) >= Date.parse(other.at)) merged[key] = record;
  }
  return merged;
}

/**
 * Before a window writes, it folds in what another window wrote since: step records merge by
 * time (so two windows ticking different steps both keep theirs); the rest is ours.
 */
export function mergeOnWrite(
  stored: StorageValue<PersistedState>,
  ours: StorageValue<PersistedState>,
): StorageValue<PersistedState> {
  const theirs = persistedSchema.safeParse(stored.state);
  if (!theirs.success || stored.version !== ours.version) return ours;
  return {
    ...ours,
    state: { ...ours.state, progress: mergeProgress(theirs.data.progress, ours.state.progress) },
  };
}

/** What could be saved from stored data that failed validation as a whole, and what was dropped. */
export function salvage(persisted: unknown): { state: PersistedState; dropped: string[] } {
  const raw = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  const dropped: string[] = [];
  const prefs = raw['preferences'] as { theme?: unknown } | undefined;
  const theme = themeSchema.safeParse(prefs?.theme);
  if (!theme.success) dropped.push('theme');
  const site =
    raw['site'] === null || raw['site'] === undefined ? null : siteSchema.safeParse(raw['site']);
  if (site && !site.success) dropped.push('site');
  const draft =
    raw['siteDraft'] === null || raw['siteDraft'] === undefined
      ? null
      : siteDraftSchema.safeParse(raw['siteDraft']);
  if (draft && !draft.success) dropped.push('questionnaire draft');
  const progress: Record<string, StepRecord> = {};
  const rawProgress = raw['progress'];
  if (typeof rawProgress === 'object' && rawProgress !== null) {
    for (const [key, value] of Object.entries(rawProgress)) {
      const record = stepRecordSchema.safeParse(value);
      if (record.success && key.length <= 300) progress[key] = record.data;
      else dropped.push(`step ${key.slice(0, 60)}`);
    }
  } else if (rawProgress !== undefined) dropped.push('progress');
  return {
    state: {
      preferences: { theme: theme.success ? theme.data : 'system' },
      site: site?.success ? site.data : null,
      siteDraft: draft?.success ? draft.data : null,
      progress,
    },
    dropped,
  };
}
