import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteCmd, quotePowerShell, quoteSh, refusalFor, tryQuote } from '../../../../core/quote';
import { evalPowerShellString, lexPowerShell, lexSh, parseArgv, splitCmd } from './shell-models';

const RUNS = 10_000;

/** Characters that have meaning to at least one of the shells, weighted to come up often. */
const dangerous = fc.constantFrom(
  "'",
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
  '"',
  '\u201c',
  '\u201d',
  '\u201e',
  '`',
  '$',
  '$(',
  ';',
  '|',
  '&',
  '\n',
  '\r\n',
  "@'",
  '#',
  '\u2013',
  '\u2014',
  '\u2015',
  '{',
  '}',
  '%',
  '!',
  '^',
  '<',
  '>',
  '(',
  ')',
  '\\',
  '\\\\',
  ' ',
  '\t',
  '\u0000',
  '*',
  '?',
  '~',
  "'\\''",
  '%PATH%',
);

/** Any string a user can type or paste: binary-unit strings mixed with dangerous fragments. */
const typed = fc
  .array(
    fc.oneof(
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
      { arbitrary: dangerous, weight: 3 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Independent statement of what every shell must refuse (validation's job, not the quoter's). */
function mustRefuseEverywhere(s: string): boolean {
  const wellFormed = (s as string & { isWellFormed(): boolean }).isWellFormed();
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
  return controls.test(s) || !wellFormed || s.length > 4096;
}

describe('PowerShell quoting', () => {
  it('round-trips through a reference lexer and never ends the literal early', () => {
    fc.assert(
      fc.property(typed, (s) => {
        const refused = refusalFor('powershell', s) !== null;
        expect(refused).toBe(mustRefuseEverywhere(s));
        if (refused) {
          expect(() => quotePowerShell(s)).toThrow();
          return;
        }
        const quoted = quotePowerShell(s);
        // eslint-disable-next-line no-control-regex
        expect(quoted).toMatch(/^[\u0000-\u007f]*$/u);
        expect(evalPowerShellString(quoted)).toBe(s);
        // eslint-disable-next-line no-control-regex
        if (/^[\u0000-\u007f]*$/u.test(s)) {
          expect(quoted).toMatch(/^'(?:[^']|'')*'$/u);
          const tokens = lexPowerShell(`Write-Output ${quoted}; exit 0`);
          expect(tokens).toEqual([
            { kind: 'word', value: 'Write-Output' },
            { kind: 'string', value: s },
            { kind: 'separator' },
            { kind: 'word', value: 'exit' },
            { kind: 'word', value: '0' },
          ]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["O'Brien", "'O''Brien'"],
    ['‘smart’', "('' + [char]0x2018 + 'smart' + [char]0x2019)"],
    ['it’s', "('it' + [char]0x2019 + 's')"],
    ['a`b', "'a`b'"],
    ['$(Start-Process calc)', "'$(Start-Process calc)'"],
    ["x'; Remove-Item -Recurse C:\\; '", "'x''; Remove-Item -Recurse C:\\; '''"],
    ['‘; calc; ‘', "('' + [char]0x2018 + '; calc; ' + [char]0x2018)"],
    ['‚low‛', "('' + [char]0x201a + 'low' + [char]0x201b)"],
    ['Wysyłka', "('Wysy' + [char]0x142 + 'ka')"],
    ['ё; Start-Process calc #', "('' + [char]0x451 + '; Start-Process calc #')"],
    ['\u{1F600}', "('' + [char]0xd83d + [char]0xde00)"],
  ])('quotes the regression example %j', (input, expected) => {
    expect(quotePowerShell(input)).toBe(expected);
  });

  it('refuses line breaks and NUL with a message that says what to do', () => {
    const result = tryQuote('powershell', 'line1\nline2', 'Connector name');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('keep it on one line');
    expect(tryQuote('powershell', 'a\u0000b').ok).toBe(false);
  });
});

describe('POSIX sh quoting', () => {
  it('round-trips through a reference word splitter and keeps the next command intact', () => {
    fc.assert(
      fc.property(typed, (s) => {
        const refused = refusalFor('sh', s) !== null;
        expect(refused).toBe(mustRefuseEverywhere(s));
        if (refused) return;
        const parsed = lexSh(`printf x ${quoteSh(s)}; echo ok`);
        expect(parsed).toEqual({ words: ['printf', 'x', s], rest: '; echo ok' });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cmd.exe quoting', () => {
  /** What cmd cannot carry literally: %, !, " and anything outside ASCII. */
  const cmdRefuses = (s: string) =>
    mustRefuseEverywhere(s) || /[%!"]/u.test(s) || /[^\x20-\x7e]/u.test(s);

  it('round-trips through cmd splitting plus argv parsing, or is refused', () => {
    fc.assert(
      fc.property(typed, (s) => {
        const refused = refusalFor('cmd', s) !== null;
        expect(refused).toBe(cmdRefuses(s));
        if (refused) {
          expect(() => quoteCmd(s)).toThrow();
          return;
        }
        const commands = splitCmd(`certutil -addstore Root ${quoteCmd(s)} & echo ok`);
        expect(commands).not.toBe('error');
        if (commands === 'error') return;
        expect(commands).toHaveLength(2);
        expect(parseArgv(commands[0] ?? '')).toEqual(['certutil', '-addstore', 'Root', s]);
        expect(commands[1]).toBe('echo ok');
      }),
      { numRuns: RUNS },
    );
  });

  it('doubles trailing backslashes so a folder path does not swallow the closing quote', () => {
    expect(quoteCmd('C:\\Certs\\')).toBe('"C:\\Certs\\\\"');
    expect(parseArgv(`x ${quoteCmd('C:\\Certs\\')} y`)).toEqual(['x', 'C:\\Certs\\', 'y']);
  });

  it.each(['50%', '%PATH%', 'Hello!', 'say "hi"', 'caf\u00e9'])(
    'refuses %j for cmd and points to PowerShell',
    (s) => {
      expect(refusalFor('cmd', s)).toContain('PowerShell');
    },
  );
});

describe('the reference models are strict enough to catch real mistakes', () => {
  it('flags a PowerShell quoter that doubles only the ASCII quote', () => {
    const naive = (s: string) => `'${s.replace(/'/gu, "''")}'`;
    expect(lexPowerShell(`Write-Output ${naive('it’s')}; exit 0`)).not.toEqual(
      lexPowerShell(`Write-Output ${quotePowerShell('it’s')}; exit 0`),
    );
  });

  it('flags a cmd quoter that leaves a trailing backslash alone', () => {
    expect(parseArgv(`certutil "C:\\dir\\" next`)).not.toEqual(['certutil', 'C:\\dir\\', 'next']);
  });

  it('flags an sh quoter that backslash-escapes inside single quotes', () => {
    expect(lexSh(`printf x 'it\\'s'; echo ok`)).not.toEqual({
      words: ['printf', 'x', "it's"],
      rest: '; echo ok',
    });
  });
});
