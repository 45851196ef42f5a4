import { describe, expect, it } from 'vitest';
import { readClixml } from '../../../../core/verification/clixml';
import { parseXml } from '../../../../core/verification/xml';

const limits = { maxBytes: 1 << 20, maxDepth: 64, maxNodes: 10_000 };

function bools(values: string[]): unknown[] {
  const xml = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">${values
    .map((v) => `<B>${v}</B>`)
    .join('')}</Objs>`;
  const root = parseXml(xml, limits);
  if (!root.ok) throw new Error(root.error.message);
  const r = readClixml(root.value);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('CLIXML booleans are read, never guessed', () => {
  it('true/1 and false/0 as PowerShell reads them; anything else is unknown (null), not false', () => {
    expect(bools(['true', '1', 'True', 'false', '0', 'yes', ''])).toEqual([
      true,
      true,
      true,
      false,
      false,
      null,
      null,
    ]);
  });
});
