import { describe, expect, it } from 'vitest';
import {
  givenFilesQueue,
  secondLaunch,
  siteFileFromArgs,
} from '../../../../core/desktop/launch-args';

describe('the site file a launch names', () => {
  it('a double-click on Windows: the exe, Chromium switches, then the file', () => {
    const argv = [
      'C:\\Program Files\\Secure SMTP Runbook\\Secure SMTP Runbook.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      'D:\\sites\\Contoso.smtprunbook',
    ];
    expect(siteFileFromArgs(argv, 'C:\\Windows\\System32')).toBe('D:\\sites\\Contoso.smtprunbook');
  });

  it('a relative name is taken from the launching folder (the second instance’s, given)', () => {
    expect(siteFileFromArgs(['runbook', 'site.SMTPRUNBOOK'], '/home/eng/work/')).toBe(
      '/home/eng/work/site.SMTPRUNBOOK',
    );
    expect(siteFileFromArgs(['runbook.exe', 'sub/a.smtprunbook'], 'C:\\Users\\eng')).toBe(
      'C:\\Users\\eng\\sub\\a.smtprunbook',
    );
  });

  it('in development the app folder is an argument too, and is not a site file', () => {
    expect(siteFileFromArgs(['/usr/bin/electron', '.', '/tmp/x.smtprunbook'], '/repo')).toBe(
      '/tmp/x.smtprunbook',
    );
    expect(siteFileFromArgs(['/usr/bin/electron', '.'], '/repo')).toBeNull();
  });

  it('refuses what is not a site file: other extensions, switches, URLs, NUL, the bare extension', () => {
    const refused = [
      'notes.txt',
      '--file=a.smtprunbook',
      'file:///tmp/a.smtprunbook',
      'https://example.com/a.smtprunbook',
      'a\0.smtprunbook',
      '.smtprunbook',
    ];
    for (const arg of refused) expect(siteFileFromArgs(['app', arg], '/w'), arg).toBeNull();
  });

  it('the executable itself is never taken, even when it has the extension', () => {
    expect(siteFileFromArgs(['/odd/name.smtprunbook'], '/w')).toBeNull();
  });

  it('several files: the last one wins (the one a shell appended)', () => {
    expect(siteFileFromArgs(['app', '/a.smtprunbook', '/b.smtprunbook'], '/')).toBe(
      '/b.smtprunbook',
    );
  });
});

describe('a second launch', () => {
  it('focuses the first window, and opens the file it was given', () => {
    expect(secondLaunch(['app'], '/')).toEqual({ kind: 'focus' });
    expect(secondLaunch(['app', 'x.smtprunbook'], '/w')).toEqual({
      kind: 'focus-and-open',
      path: '/w/x.smtprunbook',
    });
  });
});

describe('site files given before the app can open them', () => {
  it('a double-click on macOS before ready is kept and opened once the opener is attached', () => {
    const queue = givenFilesQueue();
    const opened: string[] = [];
    queue.give('/Users/ana/Contoso.smtprunbook');
    queue.give('/Users/ana/Fabrikam.smtprunbook');
    queue.give('/Users/ana/Contoso.smtprunbook'); // the same file twice opens once
    expect(opened).toEqual([]);
    queue.attach((path) => opened.push(path));
    expect(opened).toEqual(['/Users/ana/Contoso.smtprunbook', '/Users/ana/Fabrikam.smtprunbook']);
    queue.give('/Users/ana/Later.smtprunbook'); // after attach: at once
    expect(opened).toHaveLength(3);
  });
});
