/*
 * What an image file says about itself before any pixel is decoded: its size in pixels (PNG IHDR,
 * JPEG SOF) so a decompression bomb is refused unread, and a JPEG's Exif orientation so the
 * re-encoded PNG (which drops Exif) still stands the right way up.
 */

/** Width and height as the header claims them, or null when no header could be found. */
interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/** PNG: the IHDR chunk must come first, right after the 8-byte signature. */
function pngSize(b: Buffer): ImageSize | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Walks a JPEG's segments up to the first SOF (or the scan); calls `seen` for each segment. */
function walkJpeg(b: Buffer, seen: (marker: number, start: number, end: number) => boolean): void {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      i += 2; // a marker without a length
      continue;
    }
    const end = i + 2 + b.readUInt16BE(i + 2);
    if (end > b.length || marker === 0xda || !seen(marker, i + 4, end)) return;
    i = end;
  }
}

function jpegSize(b: Buffer): ImageSize | null {
  let size: ImageSize | null = null;
  walkJpeg(b, (marker, start, end) => {
    if (!isSof(marker)) return true;
    if (end - start >= 5)
      size = { height: b.readUInt16BE(start + 1), width: b.readUInt16BE(start + 3) };
    return false;
  });
  return size;
}

/** The size a PNG or JPEG header claims, read without decoding; null when there is none. */
export function claimedSize(b: Buffer): ImageSize | null {
  return b[0] === 0x89 ? pngSize(b) : jpegSize(b);
}

/** Exif orientation (1-8) of a JPEG's APP1 segment; 1 (as stored) when absent or unreadable. */
export function exifOrientation(b: Buffer): number {
  let found = 1;
  walkJpeg(b, (marker, start, end) => {
    if (marker !== 0xe1 || b.toString('latin1', start, start + 6) !== 'Exif\0\0') return true;
    const tiff = start + 6;
    const order = b.toString('latin1', tiff, tiff + 2);
    if (order !== 'II' && order !== 'MM') return false;
    const u16 = (at: number) => (order === 'II' ? b.readUInt16LE(at) : b.readUInt16BE(at));
    const u32 = (at: number) => (order === 'II' ? b.readUInt32LE(at) : b.readUInt32BE(at));
    if (tiff + 8 > end) return false;
    const ifd = tiff + u32(tiff + 4);
    if (ifd + 2 > end) return false;
    const count = u16(ifd);
    for (let k = 0; k < count; k += 1) {
      const entry = ifd + 2 + k * 12;
      if (entry + 12 > end) break;
      if (u16(entry) === 0x0112) {
        const v = u16(entry + 8);
        if (v >= 1 && v <= 8) found = v;
        break;
      }
    }
    return false;
  });
  return found;
}

/** RGBA pixels. */
interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Turns pixels stored with Exif orientation `o` so they stand as the camera meant (1 = as is). */
export function applyOrientation(img: Rgba, o: number): Rgba {
  if (o < 2 || o > 8) return img;
  const { width: w, height: h } = img;
  const swap = o >= 5;
  const W = swap ? h : w;
  const H = swap ? w : h;
  const source: (x: number, y: number) => [number, number] = {
    2: (x: number, y: number): [number, number] => [w - 1 - x, y],
    3: (x: number, y: number): [number, number] => [w - 1 - x, h - 1 - y],
    4: (x: number, y: number): [number, number] => [x, h - 1 - y],
    5: (x: number, y: number): [number, number] => [y, x],
    6: (x: number, y: number): [number, number] => [y, h - 1 - x],
    7: (x: number, y: number): [number, number] => [w - 1 - y, h - 1 - x],
    8: (x: number, y: number): [number, number] => [w - 1 - y, x],
  }[o]!;
  const out = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y += 1)
    for (let x = 0; x < W; x += 1) {
      const [sx, sy] = source(x, y);
      const from = (sy * w + sx) * 4;
      out.set(img.data.subarray(from, from + 4), (y * W + x) * 4);
    }
  return { width: W, height: H, data: out };
}
