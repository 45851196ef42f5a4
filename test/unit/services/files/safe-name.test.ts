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
  it('names the problem for every code the writer can meet', () => {
    const cases: [string, string, RegExp][] = [
      ['ENOSPC', 'disk-full', /space/],
      ['EROFS', 'read-only', /read-only/],
      ['EIO', 'device-error', /Re-insert/],
      ['ENOENT', 'folder-gone', /pulled/],
      ['EPERM', 'no-permission', /refused/],
      ['EEXIST', 'file-exists', /already exists/],
      ['ENAMETOOLONG', 'name-too-long', /too long/],
      ['EWHATEVER', 'write-failed', /EWHATEVER/],
    ];
    for (const [code, expected, msg] of cases) {
      const e = fileErrorToAppError({ code }, 'E:\\hub01\\secret\\hub01.pfx');
      expect(e.code).toBe(expected);
      expect(e.message).toMatch(msg);
    }
  });
});
