import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../../core/ipc/contract';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { siteSchema } from '../../../../core/site';
import { createHandlers } from '../../../../electron/services/channels';
import type { DriveProbe } from '../../../../electron/services/files/drives';
import { testHandlerDeps } from '../../../helpers/handler-deps';
import { rawSiteFixture } from '../../core/site/load-fixture';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

/** A Linux machine with its root disk and one USB stick mounted at `stick`. */
function probe(stick: string): DriveProbe {
  const files: Record<string, string> = {
    '/proc/mounts': `/dev/nvme0n1p2 / ext4 rw 0 0\n/dev/sdb1 ${stick} vfat rw 0 0\n`,
    '/sys/block/sdb/removable': '1\n',
    '/sys/block/nvme0n1/removable': '0\n',
  };
  return {
    platform: 'linux',
    readFile: async (p) => files[p] ?? Promise.reject(new Error('ENOENT')),
    readdir: async () => [],
    readlink: async () => '',
    exec: async () => '[]',
    freeBytes: async () => 1_000_000_000,
  };
}

describe('which paths a page may name', () => {
  it('no channel reads a path the UI never sends (no cert:inspect, no folder:inspect)', () => {
    expect(channelNames).not.toContain('cert:inspect');
    expect(channelNames).not.toContain('folder:inspect');
    const withPath = channelNames.filter((c) => {
      const shape = (contract[c].args as { shape?: Record<string, unknown> }).shape ?? {};
      return 'path' in shape || 'folder' in shape;
    });
    // folder:show opens only a folder the user chose in this session (ChosenFolders.require);
    // file:show-item (and file:drag, with its list of paths) only what this session's exports
    // wrote, by core's checkDragOut (test/unit/services/channels/file-drag.test.ts).
    expect(withPath.sort()).toEqual([
      'bundle:choose-target',
      'bundle:export',
      'bundle:verify',
      'file:show-item',
      'folder:show',
    ]);
  });

  it('listing the drives chooses none of them: / is never written to without the dialog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'path-policy-'));
    const stick = join(dir, 'stick');
    const deps = testHandlerDeps(dir);
    const dispatch = createDispatcher(
      createHandlers({ ...deps, cert: { ...deps.cert, driveProbe: probe(stick) } }),
      APP_ORIGIN,
    );
    const listed = await dispatch('bundle:targets', {}, trusted);
    expect(listed).toMatchObject({ ok: true, value: [{ path: stick }, { path: '/' }] });
    const site = siteSchema.parse(rawSiteFixture('2013-multi'));
    const toRoot = { folder: '/', site, hubIds: [], overwrite: false, includePemKey: false };
    expect(await dispatch('bundle:export', toRoot, trusted)).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen' },
    });
    expect(await dispatch('bundle:verify', { folder: stick }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen' },
    });
    // Clicking the fixed root disk in the list is refused; clicking the stick chooses it.
    expect(await dispatch('bundle:choose-target', { path: '/' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'not-removable', field: 'path' },
    });
    expect(await dispatch('bundle:choose-target', { path: stick }, trusted)).toMatchObject({
      ok: true,
      value: { path: stick },
    });
    expect(await dispatch('bundle:verify', { folder: stick }, trusted)).not.toMatchObject({
      error: { code: 'folder-not-chosen' },
    });
  });
});
