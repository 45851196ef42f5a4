// @vitest-environment happy-dom
import { bundleRecordOf } from '../../../../core/certificates/bundle-state';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createRunbookStore,
  flushRunbookStore,
  type RunbookStore,
} from '../../../../renderer/store/create-store';
import { createNoticeStore } from '../../../../renderer/store/notices';
import {
  STORE_KEY,
  STORE_VERSION,
  persistedSchema,
} from '../../../../renderer/store/persisted-schema';

const fixedNow = () => new Date('2026-11-28T10:00:00.000Z');

const built: RunbookStore[] = [];

/** Writes every store's deferred change, as the app does right after each action. */
function flushAll(): void {
  for (const store of built) flushRunbookStore(store);
}

/** Reads what is really in localStorage once pending writes have landed. */
function readStored(key: string): string | null {
  flushAll();
  return localStorage.getItem(key);
}

function build() {
  const notices = createNoticeStore();
  const store = createRunbookStore({ storage: localStorage, notices, now: fixedNow });
  built.push(store);
  return { store, notices };
}

function keptKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(`${STORE_KEY}.kept.`));
}

describe('persisted store', () => {
  beforeEach(() => {
    built.length = 0;
    localStorage.clear();
  });

  it('round-trips the user preferences with the current version', () => {
    const first = build();
    first.store.getState().setTheme('dark');
    const saved = JSON.parse(readStored(STORE_KEY) ?? 'null');
    expect(saved).toEqual({
      state: {
        preferences: { theme: 'dark' },
        site: null,
        siteDraft: null,
        progress: {},
        exports: {},
        installation: { engineer: { name: '', email: '' } },
        lastPlace: null,
        demo: false,
        serverStates: {},
      },
      version: STORE_VERSION,
    });
    expect(build().store.getState().preferences.theme).toBe('dark');
  });

  it('keeps unreadable JSON aside, reports it, and the next change does not destroy it', () => {
    localStorage.setItem(STORE_KEY, '{"state":{"prefer');
    const { store, notices } = build();
    expect(notices.getState().notices).toMatchObject([
      { kind: 'kept-aside', reason: expect.stringContaining('not valid JSON') },
    ]);
    store.getState().setTheme('light');
    expect(keptKeys().map((k) => readStored(k))).toEqual(['{"state":{"prefer']);
    expect(notices.getState().notices[0]?.keptUnder).toBe(
      `${STORE_KEY}.kept.2026-11-28T10:00:00.000Z`,
    );
  });

  it('keeps data from a newer app version aside instead of downgrading it', () => {
    const newer = JSON.stringify({
      state: { preferences: { theme: 'dark' }, future: true },
      version: STORE_VERSION + 1,
    });
    localStorage.setItem(STORE_KEY, newer);
    const { store, notices } = build();
    expect(store.getState().preferences.theme).toBe('system');
    expect(notices.getState().notices[0]).toMatchObject({
      kind: 'kept-aside',
      reason: expect.stringContaining('newer version'),
    });
    store.getState().setTheme('light');
    expect(keptKeys().map((k) => readStored(k))).toEqual([newer]);
  });

  it('keeps data that fails validation aside and names the field', () => {
    const bad = JSON.stringify({
      state: { preferences: { theme: 'purple' } },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORE_KEY, bad);
    const { store, notices } = build();
    expect(store.getState().preferences.theme).toBe('system');
    expect(notices.getState().notices[0]).toMatchObject({
      kind: 'kept-aside',
      reason: expect.stringContaining('preferences.theme'),
    });
    expect(keptKeys().map((k) => readStored(k))).toEqual([bad]);
  });

  it('backs the found blob up before the first overwrite', () => {
    const original = JSON.stringify({
      state: {
        preferences: { theme: 'dark' },
        site: null,
        siteDraft: null,
        progress: {},
        exports: {},
        installation: { engineer: { name: '', email: '' } },
        lastPlace: null,
        demo: false,
      },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORE_KEY, original);
    const { store } = build();
    store.getState().setTheme('light');
    expect(readStored(`${STORE_KEY}.backup`)).toBe(original);
  });

  it('reports a full storage instead of throwing out of the action', () => {
    // Fault injection: the real localStorage, except that writes fail as a full quota does.
    let full = false;
    const storage: Storage = {
      get length() {
        return localStorage.length;
      },
      clear: () => localStorage.clear(),
      key: (i) => localStorage.key(i),
      getItem: (k) => localStorage.getItem(k),
      removeItem: (k) => localStorage.removeItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        localStorage.setItem(k, v);
      },
    };
    const notices = createNoticeStore();
    const store = createRunbookStore({ storage, notices, now: fixedNow });
    built.push(store);
    store.getState().setTheme('light');
    flushAll();
    full = true;
    expect(() => store.getState().setTheme('dark')).not.toThrow();
    expect(() => flushAll()).not.toThrow();
    expect(notices.getState().notices.at(-1)).toMatchObject({
      kind: 'not-saved',
      reason: expect.stringContaining('NOT saved'),
    });
    expect(JSON.parse(readStored(STORE_KEY) ?? '{}').state.preferences.theme).toBe('light');
  });

  test.prop([fc.oneof(fc.json(), fc.string())], { numRuns: 300 })(
    'any stored text hydrates without throwing to a valid state',
    (raw) => {
      localStorage.clear();
      localStorage.setItem(STORE_KEY, raw);
      const { store } = build();
      const state = store.getState();
      const persisted = store.persist.getOptions().partialize?.(state) ?? state;
      expect(persistedSchema.safeParse(persisted).success).toBe(true);
    },
  );

  it('migrates a format-1 store (preferences only) to the current format, keeping the preferences', () => {
    const v1 = readFileSync('test/fixtures/store/v1.json', 'utf8').trim();
    localStorage.setItem(STORE_KEY, v1);
    const { store, notices } = build();
    expect(store.getState().preferences.theme).toBe('dark');
    expect(store.getState().progress).toEqual({});
    expect(store.getState().site).toBeNull();
    expect(notices.getState().notices).toMatchObject([
      { kind: 'migrated', reason: expect.stringContaining(`format 1 to ${STORE_VERSION}`) },
    ]);
    store.getState().setTheme('light');
    expect(JSON.parse(readStored(STORE_KEY) ?? '{}').version).toBe(STORE_VERSION);
    expect(readStored(`${STORE_KEY}.backup`)).toBe(v1);
  });

  it('keeps the valid step records when one record is bad, and keeps the original aside', () => {
    const good = {
      status: 'done',
      by: 'Jan',
      at: '2026-11-28T09:00:00.000Z',
      note: '',
      evidence: [],
    };
    const raw = JSON.stringify({
      state: {
        preferences: { theme: 'dark' },
        site: null,
        siteDraft: null,
        progress: {
          'import-pfx@hub:hub-1': good,
          'assign-smtp@hub:hub-1': { status: 'finished', by: 1 },
        },
        exports: {},
      },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORE_KEY, raw);
    const { store, notices } = build();
    expect(store.getState().progress).toEqual({ 'import-pfx@hub:hub-1': good });
    expect(store.getState().preferences.theme).toBe('dark');
    expect(notices.getState().notices[0]).toMatchObject({
      kind: 'kept-aside',
      reason: expect.stringContaining('assign-smtp@hub:hub-1'),
    });
    expect(keptKeys().map((k) => readStored(k))).toEqual([raw]);
  });

  it('two windows ticking different steps both keep their change', () => {
    const a = build();
    const b = build(); // hydrated before A writes, like a second window
    a.store
      .getState()
      .setStep(
        'import-pfx@hub:hub-1',
        { status: 'done', note: '' },
        'Jan',
        new Date('2026-11-28T09:00:00Z'),
      );
    b.store
      .getState()
      .setStep(
        'assign-smtp@hub:hub-2',
        { status: 'done', note: '' },
        'Ana',
        new Date('2026-11-28T09:01:00Z'),
      );
    const stored = JSON.parse(readStored(STORE_KEY) ?? '{}').state.progress;
    expect(Object.keys(stored).sort()).toEqual(['assign-smtp@hub:hub-2', 'import-pfx@hub:hub-1']);
  });

  it('a step changed in two windows keeps the newer change', () => {
    const a = build();
    const b = build();
    a.store
      .getState()
      .setStep(
        'k',
        { status: 'blocked', note: 'no access' },
        'Jan',
        new Date('2026-11-28T09:05:00Z'),
      );
    b.store
      .getState()
      .setStep('k', { status: 'done', note: '' }, 'Ana', new Date('2026-11-28T09:01:00Z'));
    const stored = JSON.parse(readStored(STORE_KEY) ?? '{}').state.progress;
    expect(stored.k).toMatchObject({ status: 'blocked', by: 'Jan' });
  });

  it('writes a change right after the next paint, without any other trigger', async () => {
    const { store } = build();
    store.getState().setTheme('dark');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}').state.preferences.theme).toBe(
      'dark',
    );
  });

  it('migrates a format-2 store, keeping its site draft and progress, and merges exports by time', () => {
    const v2 = readFileSync('test/fixtures/store/v2.json', 'utf8').trim();
    localStorage.setItem(STORE_KEY, v2);
    const { store, notices } = build();
    const old = JSON.parse(v2).state;
    expect(store.getState().progress).toEqual(old.progress);
    expect(store.getState().siteDraft).toEqual(old.siteDraft);
    expect(store.getState().exports).toEqual({});
    expect(notices.getState().notices[0]).toMatchObject({
      kind: 'migrated',
      reason: expect.stringContaining(`format 2 to ${STORE_VERSION}`),
    });
    const contents = {
      hubId: 'hub-1',
      thumbprint: 'A'.repeat(40),
      siteCa: null,
      partners: [{ hubId: 'hub-2', thumbprint: 'B'.repeat(40) }],
      scriptDigest: 'c'.repeat(64),
    };
    store.getState().recordExport([contents], '/media/usb', new Date('2026-11-28T11:00:00Z'));
    expect(JSON.parse(readStored(STORE_KEY) ?? '{}').state.exports).toEqual({
      'hub-1': {
        at: '2026-11-28T11:00:00.000Z',
        folder: '/media/usb',
        ...bundleRecordOf(contents),
      },
    });
  });

  it('export records written before the bundle contents were kept still load as they are', () => {
    const old = { at: '2026-11-01T10:00:00.000Z', folder: 'E:\\', thumbprint: 'D'.repeat(40) };
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({
        state: {
          preferences: { theme: 'light' },
          site: null,
          siteDraft: null,
          progress: {},
          exports: { 'hub-1': old, 'hub-2': { at: old.at, folder: old.folder } },
          installation: { engineer: { name: '', email: '' } },
          lastPlace: null,
          demo: false,
        },
        version: STORE_VERSION,
      }),
    );
    const { store, notices } = build();
    expect(store.getState().exports).toEqual({
      'hub-1': old,
      'hub-2': { at: old.at, folder: old.folder },
    });
    expect(notices.getState().notices).toEqual([]);
  });
});

describe('store format 6 (collected server states)', () => {
  it('migrates a format-3 store by adding no server states, and keeps a valid state record', async () => {
    const { migratePersisted } = await import('../../../../renderer/store/migrations');
    const migrated = migratePersisted({ preferences: { theme: 'dark' }, exports: {} }, 3) as Record<
      string,
      unknown
    >;
    expect(migrated.serverStates).toEqual({});
    expect(migrated.preferences).toEqual({ theme: 'dark' });
  });
});
