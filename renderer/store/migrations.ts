import { STORE_VERSION } from './persisted-schema';

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns format n into format n + 1. Pure; never drops user data it understands. */
export const migrations: Readonly<Record<number, Migration>> = {
  // 1 -> 2: the site, the questionnaire draft and step progress arrive; preferences carry over.
  1: (state) => ({ ...state, site: null, siteDraft: null, progress: {} }),
  // 2 -> 3: the last USB export per hub arrives; nothing was exported before.
  2: (state) => ({ ...state, exports: {} }),
  // 5 -> 6: collected server states per hub arrive; none were read before (independent step).
  5: (state) => ({ ...state, serverStates: {} }),
};

/**
 * Runs every migration from `fromVersion` up to the current format, in order. Format numbers are
 * reserved per change (4, 5, 6, 7, ...) and each step is independent, so a format whose step is not
 * in this build (a number reserved by a change that has not landed) adds nothing and is skipped.
 */
export function migratePersisted(state: unknown, fromVersion: number): unknown {
  let current = (typeof state === 'object' && state !== null ? state : {}) as Record<
    string,
    unknown
  >;
  for (let v = fromVersion; v < STORE_VERSION; v += 1) {
    const step = migrations[v];
    if (step) current = step(current);
  }
  return current;
}
