import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { createHandlers } from '../../../../electron/services/channels';
import { testHandlerDeps } from '../../../helpers/handler-deps';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

describe('folder:show ("Show in folder" after an export)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'folder-show-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('opens only a folder the user chose in this session', async () => {
    const shown: string[] = [];
    const deps = testHandlerDeps(dir, {
      showFolder: async (path) => {
        shown.push(path);
      },
    });
    const dispatch = createDispatcher(createHandlers(deps), APP_ORIGIN);
    const refused = await dispatch('folder:show', { path: tmpdir() }, trusted);
    expect(refused).toMatchObject({ ok: false, error: { code: 'folder-not-chosen' } });
    expect(shown).toEqual([]);
    expect(await dispatch('folder:pick', { purpose: 'export' }, trusted)).toMatchObject({
      ok: true,
    });
    expect(await dispatch('folder:show', { path: dir }, trusted)).toEqual({
      ok: true,
      value: null,
    });
    expect(shown).toEqual([dir]);
  });
});
