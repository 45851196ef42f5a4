import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidWindowsName,
  sanitizeFileName,
  uniqueFileName,
} from '../../../../electron/services/files/safe-name';
import { fileErrorToAppError } from '../../../../electron/services/files/errors';

const reserved = fc
  .tuple(
    fc.constantFrom('con', 'PRN', 'aux', 'Nul', 'com0', 'COM9', 'lpt1', 'LPT0', 'conin$'),
    fc.constantFrom('', '.txt', '.tar.gz', '.pfx'),
    fc.constantFrom('', '.', ' ', '. .'),
  )
  .map(([a, b, c]) => a + b + c);

describe('sanitizeFileName (SECURITY.md §7.4)', () => {
  it('F7: output is valid, idempotent, 1..100 long and stays inside the folder, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), reserved, fc.string()), (s) => {
        const out = sanitizeFileName(s);
        expect(isValidWindowsName(out)).toBe(true);
        expect(sanitizeFileName(out)).toBe(out);
        expect(out.length).toBeGreaterThanOrEqual(1);
        expect(out.length).toBeLessThanOrEqual(100);
        expect(relative('/stick', join('/stick', out))).toBe(out);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps already-safe names unchanged', () => {
    for (const n of ['hub01.contoso.local.pfx', 'install-HUB01.ps1', 'SHA256SUMS', 'README.txt']) {
      expect(sanitizeFileName(n)).toBe(n);
    }
  });

  it('defuses reserved names, trailing dots, forbidden characters and leading dashes', () => {
    expect(sanitizeFileName('CON.pfx')).toBe('_CON.pfx');
    expect(sanitizeFileName('nul.tar.gz')).toBe('_nul.tar.gz');
    expect(sanitizeFileName('a.pfx. ')).toBe('a.pfx');
    expect(sanitizeFileName('a<b>:c"d|e?f*g\\h/i')).toBe('a_b__c_d_e_f_g_h_i');
    expect(sanitizeFileName('-rf')).toBe('rf');
    expect(sanitizeFileName('..')).toBe('file');
    expect(isValidWindowsName('COM¹.txt')).toBe(false);
    expect(isValidWindowsName('LPT0')).toBe(false);
  });

  it('keeps the extension when truncating', () => {
    const out = sanitizeFileName(`${'x'.repeat(300)}.pfx`);
    expect(out.endsWith('.pfx')).toBe(true);
    expect(out.length).toBe(100);
  });

  it('F6: collisions are resolved case-insensitively with -2, -3', () => {
    expect(uniqueFileName('Hub.pfx', ['hub.PFX'])).toBe('Hub-2.pfx');
    expect(uniqueFileName('hub.pfx', ['hub.pfx', 'HUB-2.pfx'])).toBe('hub-3.pfx');
    expect(uniqueFileName('new.pfx', ['hub.pfx'])).toBe('new.pfx');
  });
});

describe('fileErrorToAppError', () => {
  const path = 'E:\\hub01\\secret\\hub01.pfx';
  // [errno, code before any write reached the drive, code after writes began, message pattern after]
  const matrix: [string, string, string, RegExp][] = [
    ['ENOSPC', 'disk-full', 'disk-full', /space/u],
    ['EDQUOT', 'disk-full', 'disk-full', /space/u],
    ['EROFS', 'read-only', 'read-only', /write-protected or mounted read-only/u],
    ['EACCES', 'read-only', 'no-permission', /antivirus/u],
    ['EPERM', 'read-only', 'no-permission', /antivirus/u],
    ['EBUSY', 'no-permission', 'no-permission', /antivirus/u],
    ['EIO', 'device-error', 'stick-removed', /stick was removed/u],
    ['ENOENT', 'folder-gone', 'stick-removed', /stick was removed/u],
    ['ENODEV', 'folder-gone', 'stick-removed', /stick was removed/u],
    ['ENXIO', 'folder-gone', 'stick-removed', /stick was removed/u],
    ['EEXIST', 'file-exists', 'file-exists', /already exists/u],
    ['ENAMETOOLONG', 'name-too-long', 'name-too-long', /too long/u],
    ['EMFILE', 'too-many-files', 'too-many-files', /Too many files/u],
    ['ENOTDIR', 'not-a-folder', 'not-a-folder', /not inside a folder/u],
    ['EWHATEVER', 'write-failed', 'write-failed', /EWHATEVER/u],
  ];

  it('names the problem for every code the writer can meet, before and after writes began', () => {
    for (const [code, before, after, msg] of matrix) {
      const b = fileErrorToAppError({ code }, path);
      const a = fileErrorToAppError({ code }, path, 'folder', { writesBegan: true });
      expect([code, b.code, a.code]).toEqual([code, before, after]);
      expect(a.message).toMatch(msg);
      expect(a.message).toContain(path);
    }
  });

  it('a refusal on the first write is a write-protected or read-only stick, never a pulled one', () => {
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      const e = fileErrorToAppError({ code }, path);
      expect(e.message).toMatch(/the stick is write-protected or mounted read-only/iu);
      expect(e.message).not.toMatch(/pulled|removed/u);
    }
  });

  it('a vanished path before anything was written asks for the folder again', () => {
    const e = fileErrorToAppError({ code: 'ENOENT' }, path);
    expect(e.message).toMatch(/choose the folder again/u);
  });
});
