// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoSite } from '../../../../core/desktop/demo-site';
import { migrations } from '../../../../renderer/store/migrations';
import {
  createRunbookStore,
  flushRunbookStore,
  type RunbookStore,
} from '../../../../renderer/store/create-store';
import { createNoticeStore } from '../../../../renderer/store/notices';
import { STORE_KEY, STORE_VERSION } from '../../../../renderer/store/persisted-schema';
import { fixtureSite } from '../../../helpers/fixture-site';

const built: RunbookStore[] = [];
function build() {
  const notices = createNoticeStore();
  const store = createRunbookStore({ storage: localStorage, notices });
  built.push(store);
  return { store, notices };
}
function stored(): { state: Record<string, unknown>; version: number } {
  for (const s of built) flushRunbookStore(s);
  return JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
}

describe('store format 5: this installation’s engineer, the last place, the demo', () => {
  beforeEach(() => {
    built.length = 0;
    localStorage.clear();
  });

  it('migrating a format-3 store keeps the saved site’s engineer as this installation’s', () => {
    const v3 = readFileSync('test/fixtures/store/v3.json', 'utf8').trim();
    localStorage.setItem(STORE_KEY, v3);
    const { store, notices } = build();
    const old = JSON.parse(v3).state;
    expect(store.getState().installation).toEqual({
      engineer: { name: "Jan O'Neill", email: 'jan@contoso.com' },
    });
    expect(store.getState().lastPlace).toBeNull();
    expect(store.getState().demo).toBe(false);
    expect(store.getState().progress).toEqual(old.progress);
    expect(store.getState().site?.customer.name).toBe('Contoso Ltd');
    expect(notices.getState().notices[0]).toMatchObject({ kind: 'migrated' });
    store.getState().setTheme('light');
    expect(stored().version).toBe(STORE_VERSION);
  });

  it('the 4 -> 5 step stands alone: it needs nothing from another format’s step', () => {
    const step = migrations[4];
    expect(step).toBeDefined();
    expect(step?.({ preferences: { theme: 'dark' }, site: null })).toEqual({
      preferences: { theme: 'dark' },
      site: null,
      installation: { engineer: { name: '', email: '' } },
      lastPlace: null,
      demo: false,
    });
  });

  it('an imported site does not sign this laptop’s ticks with its previous engineer', () => {
    const { store } = build();
    store.getState().setEngineer({ name: 'Ana Lima', email: 'ana@example.com' });
    const imported = fixtureSite('2013-multi'); // carries Jan O'Neill as its engineer
    store.getState().commitSite(imported);
    store
      .getState()
      .setStep(
        'import-pfx@hub:hub-1',
        { status: 'done', note: '' },
        store.getState().installation.engineer.name,
        new Date('2026-12-01T10:00:00Z'),
      );
    expect(store.getState().progress['import-pfx@hub:hub-1']?.by).toBe('Ana Lima');
    expect(store.getState().installation.engineer.name).toBe('Ana Lima');
    expect(imported.engineer.name).toBe("Jan O'Neill");
  });

  it('the place and an unsaved note survive a restart (a new store over the same storage)', () => {
    const first = build().store;
    first.getState().setPlace('servers', 'import-pfx@hub:hub-1');
    first.getState().setNoteDraft('import-pfx@hub:hub-1', 'waiting for the change window');
    flushRunbookStore(first);
    const second = build().store;
    expect(second.getState().lastPlace).toEqual({
      area: 'servers',
      stepKey: 'import-pfx@hub:hub-1',
      note: { stepKey: 'import-pfx@hub:hub-1', text: 'waiting for the change window' },
    });
  });

  it('a stored place that fails validation is dropped alone; the site and progress stay', () => {
    const v3 = JSON.parse(readFileSync('test/fixtures/store/v3.json', 'utf8'));
    const blob = {
      state: {
        ...v3.state,
        installation: { engineer: { name: 'Ana', email: '' } },
        lastPlace: { area: 42 },
        demo: false,
      },
      version: 5,
    };
    localStorage.setItem(STORE_KEY, JSON.stringify(blob));
    const { store, notices } = build();
    expect(store.getState().lastPlace).toBeNull();
    expect(store.getState().installation.engineer.name).toBe('Ana');
    expect(store.getState().progress).toEqual(v3.state.progress);
    expect(
      notices
        .getState()
        .notices.map((n) => n.reason)
        .join('\n'),
    ).toMatch(/last place/);
  });

  it('the demo opens only where there is no site, and goes with everything done on it', () => {
    const { store } = build();
    store.getState().openDemo();
    expect(store.getState().demo).toBe(true);
    expect(store.getState().site).toEqual(demoSite());
    store
      .getState()
      .setStep('import-pfx@hub:hub-1', { status: 'done', note: '' }, 'Ana', new Date());
    store.getState().setPlace('servers', 'import-pfx@hub:hub-1');
    store.getState().removeDemo();
    expect(store.getState()).toMatchObject({
      site: null,
      progress: {},
      demo: false,
      lastPlace: null,
    });
    const real = fixtureSite('2013-multi');
    store.getState().commitSite(real);
    store.getState().openDemo();
    expect(store.getState().site).toBe(real);
    store.getState().removeDemo(); // not the demo: nothing is removed
    expect(store.getState().site).toBe(real);
  });
});
