import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../core/certificates/digest';

const node = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

describe('sha256Hex (core, for bundle records in main and the renderer)', () => {
  it('known answers (FIPS 180-2 examples) and block edges', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000])
      expect(sha256Hex('a'.repeat(n))).toBe(node('a'.repeat(n)));
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])(
    'equals node:crypto over the UTF-8 bytes of any text',
    (text) => {
      expect(sha256Hex(text)).toBe(node(text));
    },
  );

  it('a lone surrogate is encoded as U+FFFD, as Buffer and TextEncoder do', () => {
    expect(sha256Hex('a\ud800b')).toBe(node('a\ud800b'));
    expect(sha256Hex('\udc00')).toBe(node('\udc00'));
  });
});
