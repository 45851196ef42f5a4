import type { StorageValue } from 'zustand/middleware';
import {
  exportRecordSchema,
  persistedSchema,
  siteDraftSchema,
  stepRecordSchema,
  themeSchema,
  type PersistedState,
} from './persisted-schema';
import { installationSchema, lastPlaceSchema, noEngineer } from '../../core/desktop/last-place';
import { siteSchema } from '../../core/site';
import { serverStateRecordSchema } from '../../core/verification/stick';

/** Newest record per key wins (by its `at` time); on a tie, ours. Keys only one side has are kept. */
function mergeByTime<T extends { readonly at: string }>(
  theirs: Readonly<Record<string, T>>,
  ours: Readonly<Record<string, T>>,
): Record<string, T> {
  const merged: Record<string, T> = { ...theirs };
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
    state: {
      ...ours.state,
      progress: mergeByTime(theirs.data.progress, ours.state.progress),
      exports: mergeByTime(theirs.data.exports, ours.state.exports),
      serverStates: mergeByTime(theirs.data.serverStates, ours.state.serverStates),
    },
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
  const progress = salvageRecords(raw['progress'], stepRecordSchema, 'step', dropped);
  const exports = salvageRecords(raw['exports'], exportRecordSchema, 'export of', dropped);
  const installation = installationSchema.safeParse(raw['installation']);
  if (raw['installation'] !== undefined && !installation.success) dropped.push('engineer name');
  const lastPlace = lastPlaceSchema.nullable().safeParse(raw['lastPlace'] ?? null);
  if (!lastPlace.success) dropped.push('last place');
  const serverStates = salvageRecords(
    raw['serverStates'],
    serverStateRecordSchema,
    'server state of',
    dropped,
  );
  return {
    state: {
      preferences: { theme: theme.success ? theme.data : 'system' },
      site: site?.success ? site.data : null,
      siteDraft: draft?.success ? draft.data : null,
      progress,
      exports,
      installation: installation.success ? installation.data : noEngineer,
      lastPlace: lastPlace.success ? lastPlace.data : null,
      demo: raw['demo'] === true && site?.success === true,
      serverStates,
    },
    dropped,
  };
}

/** Keeps each entry of a keyed record that passes its schema; names the ones dropped. */
function salvageRecords<T>(
  raw: unknown,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  label: string,
  dropped: string[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (raw === undefined) return kept;
  if (typeof raw !== 'object' || raw === null) {
    dropped.push(`${label} records`);
    return kept;
  }
  for (const [key, value] of Object.entries(raw)) {
    const record = schema.safeParse(value);
    if (record.success && key.length <= 300) kept[key] = record.data;
    else dropped.push(`${label} ${key.slice(0, 60)}`);
  }
  return kept;
}
