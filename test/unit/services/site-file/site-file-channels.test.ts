import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { SITE_FILE_MAX_BYTES } from '../../../../core/site-file';
import { createHandlers } from '../../../../electron/services/channels';
import { testHandlerDeps } from '../../../helpers/handler-deps';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

describe('site:save-file and site:open-file through the dispatcher', () => {
  let dir: string;
  let answer: string | null = null;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'site-file-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const dispatch = () => {
    const deps = testHandlerDeps(dir, {
      pickSaveFile: async () => answer,
      pickOpenFile: async () => answer,
    });
    return createDispatcher(createHandlers(deps), APP_ORIGIN);
  };

  it('answers null when the user cancels either dialog, writing nothing', async () => {
    answer = null;
    const save = { suggestedName: 'a.smtp-site.json', content: '{}' };
    expect(await dispatch()('site:save-file', save, trusted)).toEqual({ ok: true, value: null });
    expect(await dispatch()('site:open-file', {}, trusted)).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes durably (no temp file left), replaces an existing file, and reads it back', async () => {
    answer = join(dir, 'site.smtp-site.json');
    await writeFile(answer, 'old');
    const content = '{"format":"secure-smtp-runbook.site","note":"café"}\n';
    const saved = await dispatch()('site:save-file', { suggestedName: 'x.json', content }, trusted);
    expect(saved).toEqual({ ok: true, value: { path: answer } });
    expect(await readFile(answer, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['site.smtp-site.json']);
    expect(await dispatch()('site:open-file', {}, trusted)).toEqual({
      ok: true,
      value: { path: answer, content },
    });
  });

  it('refuses oversized content, path-like suggested names and unknown arguments', async () => {
    const big = 'x'.repeat(SITE_FILE_MAX_BYTES + 1);
    expect(
      await dispatch()('site:save-file', { suggestedName: 'a.json', content: big }, trusted),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'content' } });
    expect(
      await dispatch()('site:save-file', { suggestedName: '..\\evil.json', content: '' }, trusted),
    ).toMatchObject({ ok: false, error: { field: 'suggestedName' } });
    expect(await dispatch()('site:open-file', { path: '/etc/passwd' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('refuses to read a file over the size cap, a binary file, or a folder', async () => {
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, SITE_FILE_MAX_BYTES + 10);
    answer = huge;
    expect(await dispatch()('site:open-file', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'site-file-too-large', message: expect.stringContaining('20 MB') },
    });
    const binary = join(dir, 'photo.json');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
    answer = binary;
    expect(await dispatch()('site:open-file', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'site-file-not-text' },
    });
    answer = dir;
    expect(await dispatch()('site:open-file', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'not-a-file' },
    });
    answer = join(dir, 'missing.json');
    expect(await dispatch()('site:open-file', {}, trusted)).toMatchObject({
      ok: false,
      error: { field: 'path' },
    });
  });
});
