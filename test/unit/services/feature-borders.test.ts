import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const services = 'electron/services';

/** The service folders each folder's files import (relative imports only). */
function importsOf(folder: string): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(join(services, folder)).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(services, folder, name), 'utf8');
    for (const m of text.matchAll(/from '\.\.\/([a-z-]+)\//gu)) found.add(m[1]!);
  }
  return found;
}

describe('service folders import downwards only: pki ← vault ← bundle ← channels', () => {
  it('the folders exist and are scanned', () => {
    for (const f of ['pki', 'vault', 'bundle', 'channels'])
      expect(
        readdirSync(join(services, f)).some((n) => n.endsWith('.ts')),
        f,
      ).toBe(true);
  });

  it('pki imports none of vault, bundle or channels; vault not bundle or channels; bundle not channels', () => {
    expect(
      [...importsOf('pki')].filter((f) => ['vault', 'bundle', 'channels'].includes(f)),
    ).toEqual([]);
    expect([...importsOf('vault')].filter((f) => ['bundle', 'channels'].includes(f))).toEqual([]);
    expect([...importsOf('bundle')].filter((f) => f === 'channels')).toEqual([]);
    // The channels are where features meet: they use the others.
    expect([...importsOf('channels')]).toEqual(expect.arrayContaining(['pki', 'vault', 'bundle']));
  });
});
