import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunbookApi } from '../../../../core/ipc/api';
import { channelNames } from '../../../../core/ipc/contract';
import { eventNames } from '../../../../core/ipc/renderer-events';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { createHandlers } from '../../../../electron/services/channels';
import { testHandlerDeps } from '../../../helpers/handler-deps';
import { appError, AppErrorException } from '../../../../core/errors';
import { siteSchema } from '../../../../core/site';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

describe('the IPC dispatcher with real handlers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const deps = () => testHandlerDeps(dir);

  it('answers a well-formed call from our window with the handler result', async () => {
    const dispatch = createDispatcher(createHandlers(deps()), APP_ORIGIN);
    const result = await dispatch('folder:pick', { purpose: 'export' }, trusted);
    expect(result).toEqual({
      ok: true,
      value: { path: dir, exists: true, writable: true, freeBytes: expect.any(Number), entries: 0 },
    });
  });

  it('answers a malformed argument with a typed error naming the field', async () => {
    const dispatch = createDispatcher(createHandlers(deps()), APP_ORIGIN);
    expect(await dispatch('bundle:choose-target', { path: 42 }, trusted)).toEqual({
      ok: false,
      error: { code: 'invalid-argument', field: 'path', message: 'folder path must be text' },
    });
    expect(await dispatch('bundle:choose-target', { path: '' }, trusted)).toMatchObject({
      ok: false,
      error: { field: 'path', message: expect.stringContaining('empty') },
    });
    expect(await dispatch('bundle:choose-target', { path: 'a\0b' }, trusted)).toMatchObject({
      ok: false,
      error: { field: 'path' },
    });
    expect(await dispatch('folder:pick', { purpose: 'export', extra: 1 }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await dispatch('app:info', undefined, trusted)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('refuses an unknown sender before looking at the arguments', async () => {
    let called = false;
    const handlers = {
      ...createHandlers(deps()),
      'app:info': async () => ((called = true), deps().appInfo),
    };
    const dispatch = createDispatcher(handlers, APP_ORIGIN);
    const result = await dispatch('app:info', {}, { ...trusted, isOurWindow: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(
      await dispatch('app:info', {}, { ...trusted, frameUrl: 'https://evil.example/' }),
    ).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(called).toBe(false);
  });

  it('refuses unknown and prototype channel names', async () => {
    const dispatch = createDispatcher(createHandlers(deps()), APP_ORIGIN);
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42]) {
      expect(await dispatch(name, {}, trusted)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('passes a deliberate AppError through and hides unexpected errors', async () => {
    const seen: string[] = [];
    const base = createHandlers(deps());
    const failing = createDispatcher(
      {
        ...base,
        'app:info': async () => {
          throw new AppErrorException(appError('no-space', 'folder', 'The stick is full.'));
        },
      },
      APP_ORIGIN,
    );
    expect(await failing('app:info', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'no-space', field: 'folder', message: 'The stick is full.' },
    });
    const crashing = createDispatcher(
      {
        ...base,
        'app:info': async () => {
          throw new Error('secret detail /home/x/key.pem');
        },
      },
      APP_ORIGIN,
      (channel) => seen.push(channel),
    );
    const result = await crashing('app:info', {}, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal-error' } });
    expect(JSON.stringify(result)).not.toContain('secret detail');
    expect(seen).toEqual(['app:info']);
  });

  it('the renderer API has exactly one method per channel, each reaching the dispatcher', async () => {
    const dispatch = createDispatcher(createHandlers(deps()), APP_ORIGIN);
    const reached: string[] = [];
    const api = createRunbookApi(
      (channel, args) => {
        reached.push(channel);
        return dispatch(channel, args, trusted);
      },
      () => () => {},
    );
    // One method per channel and one listener per event: nothing else is exposed.
    expect(Object.keys(api)).toHaveLength(channelNames.length + eventNames.length);
    expect(Object.keys(api).filter((k) => /^on[A-Z]/u.test(k))).toEqual([
      'onCertProgress',
      'onBundleProgress',
      'onMenuCommand',
      'onSiteFileGiven',
    ]);
    expect(await api.appInfo({})).toMatchObject({ ok: true, value: { name: 'n' } });
    expect(await api.folderPick({ purpose: 'export' })).toMatchObject({
      ok: true,
      value: { path: dir },
    });
    expect(await api.bundleChooseTarget({ path: join(dir, 'missing') })).toMatchObject({
      ok: false,
      error: { code: 'not-removable', field: 'path' },
    });
    expect(
      await api.siteSaveFile({ suggestedName: 'site.smtp-site.json', content: '{"a":1}\n' }),
    ).toMatchObject({ ok: true, value: { path: join(dir, 'site.smtp-site.json') } });
    expect(await api.siteOpenFile({})).toMatchObject({
      ok: true,
      value: { path: join(dir, 'site.smtp-site.json'), content: '{"a":1}\n' },
    });
    expect(reached).toEqual([
      'app:info',
      'folder:pick',
      'bundle:choose-target',
      'site:save-file',
      'site:open-file',
    ]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('writes keys only to a folder the user chose in this session', async () => {
    const dispatch = createDispatcher(createHandlers(deps()), APP_ORIGIN);
    const site = siteSchema.parse(
      JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8')),
    );
    const elsewhere = {
      folder: join(dir, 'not-picked'),
      site,
      hubIds: [],
      overwrite: false,
      includePemKey: true,
      pemKeyUnencrypted: false,
    };
    expect(await dispatch('bundle:export', elsewhere, trusted)).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen', field: 'folder' },
    });
    expect(await dispatch('bundle:verify', { folder: '\\\\host\\share' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen' },
    });
    // Once picked, the same folder passes the check (and fails later only for want of certificates).
    await dispatch('folder:pick', { purpose: 'export' }, trusted);
    const picked = await dispatch('bundle:export', { ...elsewhere, folder: dir }, trusted);
    expect(picked).toMatchObject({ ok: false, error: { code: 'no-certificates' } });
  });
});
