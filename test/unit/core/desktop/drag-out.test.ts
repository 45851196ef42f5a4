import { describe, expect, it } from 'vitest';
import { checkDragOut, dragOutItems } from '../../../../core/desktop/drag-out';

const hubs = [
  { id: 'hub-1', fqdn: 'ex01.contoso.local' },
  { id: 'hub-2', fqdn: 'mx1.fabrikam.local' },
];

/** What an export to /media/stick reports for hub-1 (and hub-2's files when asked). */
function written(folder: string, sep: '/' | '\\', withHub2 = true) {
  const p = (...xs: string[]) => [folder.replace(/[\\/]$/u, ''), ...xs].join(sep);
  const hub = (fqdn: string) => [
    { path: p(fqdn, 'private', `${fqdn}.pfx`), secret: true },
    { path: p(fqdn, 'public', `${fqdn}.cer`), secret: false },
    { path: p(fqdn, 'public', `${fqdn}.crt`), secret: false },
    { path: p(fqdn, 'public', 'mx1.fabrikam.local.cer'), secret: false },
    { path: p(fqdn, 'install-ex01.ps1'), secret: false },
  ];
  return {
    folder,
    files: [
      ...hub('ex01.contoso.local'),
      ...(withHub2 ? hub('mx1.fabrikam.local') : []),
      { path: p('README.txt'), secret: false },
    ],
  };
}

describe('what an export lets the engineer drag out', () => {
  it('per exported hub: its folder and its own .cer, exactly as written', () => {
    expect(dragOutItems(written('/media/stick', '/'), hubs)).toEqual([
      {
        hubId: 'hub-1',
        kind: 'bundle-folder',
        path: '/media/stick/ex01.contoso.local',
        name: 'ex01.contoso.local',
      },
      {
        hubId: 'hub-1',
        kind: 'certificate',
        path: '/media/stick/ex01.contoso.local/public/ex01.contoso.local.cer',
        name: 'ex01.contoso.local.cer',
      },
      {
        hubId: 'hub-2',
        kind: 'bundle-folder',
        path: '/media/stick/mx1.fabrikam.local',
        name: 'mx1.fabrikam.local',
      },
      {
        hubId: 'hub-2',
        kind: 'certificate',
        path: '/media/stick/mx1.fabrikam.local/public/mx1.fabrikam.local.cer',
        name: 'mx1.fabrikam.local.cer',
      },
    ]);
  });

  it('Windows paths keep their own separators; a trailing separator on the folder is fine', () => {
    const items = dragOutItems(written('E:\\', '\\'), hubs.slice(0, 1));
    expect(items.map((i) => i.path)).toEqual([
      'E:\\ex01.contoso.local',
      'E:\\ex01.contoso.local\\public\\ex01.contoso.local.cer',
    ]);
  });

  it('a hub that was not in this export offers nothing; a secret file is never an item', () => {
    const items = dragOutItems(written('/media/stick', '/', false), hubs);
    expect(items.map((i) => i.hubId)).toEqual(['hub-1', 'hub-1']);
    expect(items.some((i) => i.path.endsWith('.pfx'))).toBe(false);
    // A .cer marked secret (it never is) would not be offered either.
    const marked = written('/media/stick', '/', false);
    const files = marked.files.map((f) => (f.path.endsWith('.cer') ? { ...f, secret: true } : f));
    expect(dragOutItems({ ...marked, files }, hubs)).toEqual([]);
  });
});

describe('a drag or "Show in folder" request is checked against those items', () => {
  const known = dragOutItems(written('/media/stick', '/'), hubs);

  it('a known folder and certificate pass, together', () => {
    const r = checkDragOut(known, [known[0]!.path, known[1]!.path]);
    expect(r.ok && r.value.map((i) => i.kind)).toEqual(['bundle-folder', 'certificate']);
  });

  it.each([
    ['a path the page made up', '/etc/passwd'],
    [
      'the private PFX beside the certificate',
      '/media/stick/ex01.contoso.local/private/ex01.contoso.local.pfx',
    ],
    ['the export folder itself', '/media/stick'],
    ['a path that walks out', '/media/stick/ex01.contoso.local/../../etc'],
    ['the folder with a trailing slash', '/media/stick/ex01.contoso.local/'],
    ['another case', '/media/stick/EX01.contoso.local'],
  ])('%s is refused', (_why, path) => {
    const r = checkDragOut(known, [path]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'drag-not-exported', field: 'paths' });
  });

  it('one foreign path spoils the whole request; nothing known means nothing passes', () => {
    expect(checkDragOut(known, [known[0]!.path, '/tmp/x']).ok).toBe(false);
    expect(checkDragOut([], [known[0]!.path]).ok).toBe(false);
    expect(checkDragOut(known, []).ok).toBe(false);
  });
});
