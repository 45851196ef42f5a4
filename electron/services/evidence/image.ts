import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { appError, fail, ok, type AppError, type Result } from '../../../core/errors';
import { applyOrientation, claimedSize, exifOrientation } from './image-header';

/** Largest image file accepted (a phone photo is a few MB). */
export const EVIDENCE_MAX_BYTES = 15 * 1024 * 1024;
/** Images are stored at most this many pixels on their long edge (plenty for a screenshot). */
const MAX_EDGE = 2000;
/** Refuse decoding anything claiming more pixels than this (a decompression bomb). */
const MAX_MEGAPIXELS = 40;

/** A decoded image, RGBA. */
interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A stored evidence image: PNG bytes re-encoded from pixels only, so no EXIF, GPS or text chunks. */
interface CleanImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

const isPng = (b: Uint8Array) =>
  b.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v);
const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

function decode(bytes: Buffer): Rgba {
  if (isPng(bytes)) {
    const png = PNG.sync.read(bytes);
    if (png.width * png.height > MAX_MEGAPIXELS * 1e6) throw new Error('too many pixels');
    return { width: png.width, height: png.height, data: png.data };
  }
  const img = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_MEGAPIXELS,
    maxMemoryUsageInMB: 512,
  });
  return { width: img.width, height: img.height, data: img.data };
}

/** Refuses, from the header alone, an image claiming more pixels than the cap (or none). */
function sizeProblem(bytes: Buffer, name: string): AppError | null {
  const size = claimedSize(bytes);
  if (!size)
    return appError(
      'evidence-unreadable',
      'evidence',
      `${name} cannot be read as an image (no size in its header): attach it again or take a new screenshot.`,
    );
  const mp = (size.width * size.height) / 1e6;
  if (mp <= MAX_MEGAPIXELS && size.width > 0 && size.height > 0) return null;
  return appError(
    'evidence-too-many-pixels',
    'evidence',
    `${name} claims ${size.width} × ${size.height} pixels (${Math.round(mp)} megapixels); the limit is ${MAX_MEGAPIXELS} megapixels: attach a smaller screenshot or photo.`,
  );
}

/** Box-filter downscale so the long edge is at most `edge` pixels. */
function shrink(img: Rgba, edge: number): Rgba {
  const scale = Math.max(img.width, img.height) / edge;
  if (scale <= 1) return img;
  const width = Math.max(1, Math.round(img.width / scale));
  const height = Math.max(1, Math.round(img.height / scale));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y * scale);
    const y1 = Math.min(img.height, Math.max(y0 + 1, Math.floor((y + 1) * scale)));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * scale);
      const x1 = Math.min(img.width, Math.max(x0 + 1, Math.floor((x + 1) * scale)));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy += 1)
        for (let sx = x0; sx < x1; sx += 1)
          for (let c = 0; c < 4; c += 1) sum[c]! += img.data[(sy * img.width + sx) * 4 + c]!;
      const n = (y1 - y0) * (x1 - x0);
      for (let c = 0; c < 4; c += 1) out[(y * width + x) * 4 + c] = Math.round(sum[c]! / n);
    }
  }
  return { width, height, data: out };
}

/** Encodes RGBA pixels as a PNG with no ancillary chunks. */
function encodePng(img: Rgba): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return PNG.sync.write(png);
}

/**
 * Checks an image by its content (PNG or JPEG signature, the pixel count its header claims, then a
 * full decode), refuses a file over the size limit or one that does not decode, keeps a JPEG's Exif
 * orientation by turning the pixels, and re-encodes its pixels as PNG (at most MAX_EDGE
 * on the long edge): metadata such as EXIF GPS never reaches the data folder.
 */
export function cleanImage(bytes: Buffer, name: string): Result<CleanImage> {
  const field = 'evidence';
  if (bytes.length > EVIDENCE_MAX_BYTES)
    return fail(
      appError(
        'evidence-too-large',
        field,
        `${name} is larger than 15 MB: attach a smaller screenshot or photo.`,
      ),
    );
  if (!isPng(bytes) && !isJpeg(bytes))
    return fail(
      appError(
        'evidence-not-image',
        field,
        `${name} is not a PNG or JPEG image (by its content): attach a screenshot or photo.`,
      ),
    );
  // The header's size is checked before any pixel is decoded: a small file can claim a huge image.
  const problem = sizeProblem(bytes, name);
  if (problem) return fail(problem);
  try {
    const decoded = decode(bytes);
    const upright = isJpeg(bytes) ? applyOrientation(decoded, exifOrientation(bytes)) : decoded;
    const img = shrink(upright, MAX_EDGE);
    return ok({ png: encodePng(img), width: img.width, height: img.height });
  } catch (e) {
    return fail(
      appError(
        'evidence-unreadable',
        field,
        `${name} cannot be read as an image (${(e as Error).message.slice(0, 80)}): attach it again or take a new screenshot.`,
      ),
    );
  }
}

/** A small PNG thumbnail (long edge `edge` px) of a stored evidence image. */
export function thumbnailPng(png: Buffer, edge = 240): Buffer {
  const img = PNG.sync.read(png);
  return encodePng(shrink({ width: img.width, height: img.height, data: img.data }, edge));
}
