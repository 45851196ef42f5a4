/*
 * Punycode decoding (RFC 3492 §6.2), to tell a real IDN A-label (`xn--...`) from a label that only
 * looks like one. Pure, no Node or browser API, so the renderer and the CLI share it.
 */

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((base - tMin) * tMax) >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
}

function digit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 -> 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z -> 0-25
  return base; // not a digit
}

/** The Unicode text of a Punycode string (the part after `xn--`), or null when it is not valid. */
export function decodePunycode(input: string): string | null {
  if (!/^[a-z0-9-]*$/u.test(input)) return null;
  const cut = input.lastIndexOf('-');
  const output = cut > 0 ? Array.from(input.slice(0, cut), (c) => c.codePointAt(0) ?? 0) : [];
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = cut > 0 ? cut + 1 : 0; at < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (at >= input.length) return null;
      const d = digit(input.charCodeAt(at));
      at += 1;
      if (d >= base) return null;
      i += d * w;
      if (i > 0x10ffff * (output.length + 1)) return null;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}
