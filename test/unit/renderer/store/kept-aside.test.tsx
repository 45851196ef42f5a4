// @vitest-environment happy-dom
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunbookApi } from '../../../../core/ipc/api';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { createHandlers } from '../../../../electron/services/channels';
import { KeptAsidePanel } from '../../../../renderer/features/settings/kept-aside-panel';
import { createRunbookStore, flushRunbookStore } from '../../../../renderer/store/create-store';
import { createNoticeStore } from '../../../../renderer/store/notices';
import { STORE_KEY } from '../../../../renderer/store/persisted-schema';
import { testHandlerDeps } from '../../../helpers/handler-deps';
import { freshStore, renderWithStore } from '../../../helpers/render-ui';

const corrupt = '{"state":{"prefer';
const keptKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`${STORE_KEY}.kept.`));

/** Starts the app's store on whatever localStorage holds, as a new window does. */
function start(now: string) {
  const notices = createNoticeStore();
  const store = createRunbookStore({ storage: localStorage, notices, now: () => new Date(now) });
  return { store, notices };
}

function button(container: HTMLElement, label: string): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent?.startsWith(label));
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

let dir: string;
beforeEach(() => {
  localStorage.clear();
  dir = mkdtempSync(join(tmpdir(), 'kept-'));
  // The real API over the real dispatcher and services: the save dialog answers a path in dir.
  const dispatch = createDispatcher(createHandlers(testHandlerDeps(dir)), APP_ORIGIN);
  const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };
  Object.defineProperty(window, 'runbook', {
    configurable: true,
    value: createRunbookApi(
      (c, a) => dispatch(c, a, trusted),
      () => () => {},
    ),
  });
});
afterEach(() => {
  Object.defineProperty(window, 'runbook', { configurable: true, value: undefined });
});

describe('Settings: saved data kept aside', () => {
  it('the same unusable data found on every start is kept once, not copied again', () => {
    localStorage.setItem(STORE_KEY, corrupt);
    start('2026-11-28T10:00:00Z');
    start('2026-11-29T10:00:00Z');
    const second = start('2026-11-30T10:00:00Z');
    expect(keptKeys()).toHaveLength(1);
    expect(second.notices.getState().notices[0]?.keptUnder).toBe(keptKeys()[0]);
  });

  it('lists the kept copy and saves it to a file through the save dialog', async () => {
    localStorage.setItem(STORE_KEY, corrupt);
    start('2026-11-28T10:00:00Z');
    const ui = renderWithStore(freshStoreKeeping(), <KeptAsidePanel reload={() => {}} />);
    expect(ui.container.textContent).toContain(keptKeys()[0]);
    await act(async () => button(ui.container, 'Save to a file').click());
    const saved = join(dir, 'secure-smtp-runbook-saved-data-2026-11-28T10-00-00-000Z.json');
    await vi.waitFor(() => expect(ui.container.textContent).toContain(`Saved to ${saved}`), {
      timeout: 5000,
    });
    expect(readFileSync(saved, 'utf8')).toBe(corrupt);
    ui.unmount();
  });

  it('restores a kept copy after a confirmation, keeping the data it replaces', async () => {
    const good = JSON.stringify({ state: { preferences: { theme: 'dark' } }, version: 1 });
    localStorage.setItem(`${STORE_KEY}.kept.2026-11-01T00:00:00.000Z`, good);
    const current = start('2026-11-28T10:00:00Z');
    current.store.getState().setTheme('light');
    flushRunbookStore(current.store);
    const before = localStorage.getItem(STORE_KEY);
    let reloaded = 0;
    const ui = renderWithStore(
      freshStoreKeeping(),
      <KeptAsidePanel reload={() => (reloaded += 1)} />,
    );
    await act(async () => button(ui.container, 'Restore').click());
    expect(localStorage.getItem(STORE_KEY)).toBe(before); // nothing yet: it asks first
    await act(async () => button(ui.container, 'Replace the current data').click());
    expect(localStorage.getItem(STORE_KEY)).toBe(good);
    expect(keptKeys().map((k) => localStorage.getItem(k))).toContain(before);
    expect(reloaded).toBe(1);
    ui.unmount();
  });
});

/** A store for rendering that does not touch what the test put in localStorage. */
function freshStoreKeeping() {
  const saved = { ...localStorage };
  const store = freshStore();
  localStorage.clear();
  for (const [k, v] of Object.entries(saved)) localStorage.setItem(k, v as string);
  return store;
}
