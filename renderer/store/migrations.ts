import { STORE_VERSION } from './persisted-schema';

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns format n into format n + 1. Pure; never drops user data it understands. */
export const migrations: Readonly<Record<number, Migration>> = {
  // 1 -> 2: the site, the questionnaire draft and step progress arrive; preferences carry over.
  1: (state) => ({ ...state, site: null, siteDraft: null, progress: {} }),
  // 2 -> 3: the last USB export per hub arrives; nothing was exported before.
  2: (state) => ({ ...state, exports: {} }),
  // 3 -> 4 (issue 9): "takes anonymous mail" lost its default. A stored `false` may be that old
  // default rather than an answer, so it becomes "not answered" (null) in the site and the draft;
  // the hub's install script then waits until the engineer answers. `true` was always chosen.
  3: (state) => ({
    ...state,
    site: unanswerAnonymousMail(state.site),
    siteDraft: draftWithUnansweredMail(state.siteDraft),
  }),
  // 4 -> 5 (issue 13): the engineer named in the saved site becomes this installation's engineer
  // (ticks stay signed by the same person; an imported site no longer decides who signs); no
  // place is known yet; the site is not the demo. Independent of step 3 -> 4.
  4: (state) => {
    const site = state['site'] as { engineer?: { name?: unknown; email?: unknown } } | null;
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
    return {
      ...state,
      installation: {
        engineer: {
          name: text(site?.engineer?.name, 120),
          email: text(site?.engineer?.email, 200),
        },
      },
      lastPlace: null,
      demo: false,
    };
  },
  // 5 -> 6: collected server states per hub arrive; none were read before (independent step).
  5: (state) => ({ ...state, serverStates: {} }),
};

/** A copy of `holder` whose hubs' `receiveConnectorInternetFacing: false` became null. */
function unanswerAnonymousMail(holder: unknown): unknown {
  if (typeof holder !== 'object' || holder === null) return holder;
  const hubs = (holder as { hubs?: unknown }).hubs;
  if (!Array.isArray(hubs)) return holder;
  return {
    ...holder,
    hubs: hubs.map((hub: unknown) =>
      typeof hub === 'object' && hub !== null && 'receiveConnectorInternetFacing' in hub
        ? {
            ...hub,
            receiveConnectorInternetFacing:
              hub.receiveConnectorInternetFacing === true ? true : null,
          }
        : hub,
    ),
  };
}

function draftWithUnansweredMail(draft: unknown): unknown {
  if (typeof draft !== 'object' || draft === null || !('value' in draft)) return draft;
  return { ...draft, value: unanswerAnonymousMail(draft.value) };
}

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
