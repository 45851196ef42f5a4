import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleExportResult } from '../../../../core/ipc/cert-channels';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { createHandlers } from '../../../../electron/services/channels';
import { testHandlerDeps } from '../../../helpers/handler-deps';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };
const PW = 'Drag-Out-Password-9';
const site = JSON.parse(readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8'));

describe('file:drag and file:show-item (files out to Explorer/Finder)', () => {
  let dir: string;
  const dragged: (readonly string[])[] = [];
  const shown: string[] = [];
  let dispatch: ReturnType<typeof createDispatcher>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-drag-'));
    const deps = testHandlerDeps(dir, {
      startDrag: async (paths) => void dragged.push(paths),
      showItem: async (path) => void shown.push(path),
    });
    dispatch = createDispatcher(createHandlers(deps), APP_ORIGIN);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('nothing is draggable before an export; after it, only the hub folders and .cer files', async () => {
    expect(await dispatch('file:drag', { paths: [join(dir, 'x')] }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'drag-not-exported' },
    });
    const hubIds = site.hubs.map((h: { id: string }) => h.id);
    const made = await dispatch(
      'cert:generate',
      { site, hubIds, password: PW, passwordRepeat: PW },
      trusted,
    );
    expect(made.ok).toBe(true);
    await dispatch('folder:pick', { purpose: 'export' }, trusted);
    const exported = await dispatch('bundle:export', { folder: dir, site }, trusted);
    if (!exported.ok) throw new Error(exported.error.message);
    const { dragItems, files } = exported.value as BundleExportResult;
    expect(dragItems.length).toBe(2 * site.hubs.length);
    const hub = site.hubs[0].fqdn as string;
    const folder = join(dir, hub);
    const cer = join(dir, hub, 'public', `${hub}.cer`);
    expect(dragItems.slice(0, 2).map((i) => i.path)).toEqual([folder, cer]);

    expect(await dispatch('file:drag', { paths: [folder, cer] }, trusted)).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch('file:show-item', { path: cer }, trusted)).toEqual({
      ok: true,
      value: null,
    });
    expect(dragged).toEqual([[folder, cer]]);
    expect(shown).toEqual([cer]);

    // Foreign paths: made up, a secret file this export wrote, the export folder, a walk out.
    const pfx = files.find((f) => f.secret)!.path;
    for (const path of ['/etc/passwd', pfx, dir, join(folder, '..', '..', 'etc')]) {
      expect(await dispatch('file:drag', { paths: [path] }, trusted)).toMatchObject({
        ok: false,
        error: { code: 'drag-not-exported', field: 'paths' },
      });
      expect(await dispatch('file:show-item', { path }, trusted)).toMatchObject({ ok: false });
    }
    expect(await dispatch('file:drag', { paths: [cer, '/etc/passwd'] }, trusted)).toMatchObject({
      ok: false,
    });
    expect(dragged).toHaveLength(1);
    expect(shown).toHaveLength(1);
  });
});
