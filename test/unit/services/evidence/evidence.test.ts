import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, thumbnailPng } from '../../../../electron/services/evidence/image';
import {
  EVIDENCE_TEXT_MAX,
  readEvidence,
  removeEvidence,
  saveEvidenceImage,
  saveEvidenceText,
} from '../../../../electron/services/evidence/store';

const GPS = 'GPSLatitude=47.3769N;GPSLongitude=8.5417E';

function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([i % 256, (i * 7) % 256, 90, 255], i * 4);
  return data;
}

/** A real JPEG with an APP1 Exif segment carrying GPS text, as a phone writes one. */
function jpegWithGps(width = 64, height = 48): Buffer {
  const plain = jpeg.encode({ data: pixels(width, height), width, height }, 90).data;
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from(GPS, 'latin1')]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}

/** A real PNG with a tEXt chunk (pngjs writes none, so splice one in before IEND). */
function pngWithText(width = 40, height = 30): Buffer {
  const png = new PNG({ width, height });
  png.data = pixels(width, height);
  const bytes = PNG.sync.write(png);
  const body = Buffer.from(`Comment\0${GPS}`, 'latin1');
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  body.copy(chunk, 8);
  // pngjs checks chunk CRCs, so the spliced chunk carries a correct one.
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + body.length)), 8 + body.length);
  const iend = bytes.length - 12;
  return Buffer.concat([bytes.subarray(0, iend), chunk, bytes.subarray(iend)]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const dir = () => mkdtempSync(join(tmpdir(), 'evidence-'));

describe('evidence images', () => {
  it('a JPEG with GPS in its Exif is stored as a PNG without it; the id is the stored content hash', async () => {
    const input = jpegWithGps();
    expect(input.includes(GPS)).toBe(true);
    const d = dir();
    const r = await saveEvidenceImage(d, input, 'photo.jpg');
    if (!r.ok) throw new Error(r.error.message);
    const stored = readFileSync(join(d, `${r.value.id}.png`));
    expect(stored.includes('GPSLatitude')).toBe(false);
    expect(stored.includes('Exif')).toBe(false);
    expect(createHash('sha256').update(stored).digest('hex')).toBe(r.value.id);
    const back = PNG.sync.read(stored);
    expect([back.width, back.height]).toEqual([64, 48]);
  });

  it('a PNG text chunk (metadata) is dropped too', async () => {
    const input = pngWithText();
    expect(PNG.sync.read(input).width).toBe(40);
    expect(input.includes(GPS)).toBe(true);
    const d = dir();
    const r = await saveEvidenceImage(d, input, 'shot.png');
    if (!r.ok) throw new Error(r.error.message);
    expect(readFileSync(join(d, `${r.value.id}.png`)).includes('GPSLatitude')).toBe(false);
  });

  it('is checked by content, not by name: text called .png, a truncated PNG and an oversized file are refused with the field', async () => {
    const d = dir();
    const text = await saveEvidenceImage(d, Buffer.from('hello, not an image'), 'fake.png');
    expect(text.ok ? null : text.error).toMatchObject({
      code: 'evidence-not-image',
      field: 'evidence',
    });
    const cut = pngWithText().subarray(0, 60);
    const truncated = await saveEvidenceImage(d, cut, 'cut.png');
    expect(truncated.ok ? null : truncated.error.code).toBe('evidence-unreadable');
    const big = Buffer.concat([jpegWithGps(), Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    const large = await saveEvidenceImage(d, big, 'big.jpg');
    expect(large.ok ? null : large.error.message).toMatch(/big\.jpg is larger than 15 MB/u);
  });

  it('a large photo is stored at most 2000 px on its long edge, and thumbnails are small', async () => {
    const d = dir();
    const r = await saveEvidenceImage(d, jpegWithGps(2600, 1300), 'wide.jpg');
    if (!r.ok) throw new Error(r.error.message);
    const stored = readFileSync(join(d, `${r.value.id}.png`));
    expect([PNG.sync.read(stored).width, PNG.sync.read(stored).height]).toEqual([2000, 1000]);
    const thumb = PNG.sync.read(thumbnailPng(stored));
    expect([thumb.width, thumb.height]).toEqual([240, 120]);
  });

  it('reads back only untampered files, and removes them', async () => {
    const d = dir();
    const r = await saveEvidenceText(d, 'Thumbprint : ABC\r\nServices   : IMAP, POP, SMTP');
    if (!r.ok) throw new Error(r.error.message);
    expect(await readEvidence(d, r.value.id)).toEqual({
      kind: 'text',
      text: 'Thumbprint : ABC\r\nServices   : IMAP, POP, SMTP',
    });
    expect(await readEvidence(d, '../../etc/passwd')).toBeNull();
    writeFileSync(join(d, `${r.value.id}.txt`), 'changed');
    expect(await readEvidence(d, r.value.id)).toBeNull();
    await removeEvidence(d, r.value.id);
    expect(await readEvidence(d, r.value.id)).toBeNull();
  });

  it('refuses empty or oversized pasted output, naming the field', async () => {
    const d = dir();
    const empty = await saveEvidenceText(d, '  \n ');
    expect(empty.ok ? null : empty.error).toMatchObject({
      code: 'evidence-empty',
      field: 'output',
    });
    const long = await saveEvidenceText(d, 'x'.repeat(EVIDENCE_TEXT_MAX + 1));
    expect(long.ok ? null : long.error.code).toBe('evidence-too-large');
  });
});

/** A real small PNG whose IHDR is rewritten to claim another size (with a correct CRC). */
function pngClaiming(width: number, height: number): Buffer {
  const png = new PNG({ width: 8, height: 8 });
  png.data = pixels(8, 8);
  const bytes = Buffer.from(PNG.sync.write(png));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  return bytes;
}

/** A real small JPEG whose SOF segment is rewritten to claim another size. */
function jpegClaiming(width: number, height: number): Buffer {
  const bytes = Buffer.from(jpeg.encode({ data: pixels(16, 16), width: 16, height: 16 }, 90).data);
  for (let i = 2; i + 9 < bytes.length;) {
    const marker = bytes[i + 1]!;
    if (marker === 0xc0 || marker === 0xc2) {
      bytes.writeUInt16BE(height, i + 5);
      bytes.writeUInt16BE(width, i + 7);
      return bytes;
    }
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  throw new Error('no SOF in the encoded JPEG');
}

/** A JPEG (red left column, blue elsewhere) with an Exif IFD0 Orientation tag, as a phone writes it. */
function jpegWithOrientation(orientation: number, width = 64, height = 48): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1)
      data.set(x < 8 ? [230, 20, 20, 255] : [20, 20, 230, 255], (y * width + x) * 4);
  const plain = jpeg.encode({ data, width, height }, 95).data;
  // TIFF header (little-endian), IFD0 at offset 8 with one entry: 0x0112 SHORT 1 = orientation.
  const tiff = Buffer.alloc(26);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}

describe('evidence images: decompression bombs and orientation', () => {
  it('a small PNG claiming 12000 x 12000 is refused from its header, naming the file and the limit', async () => {
    const d = dir();
    const bomb = pngClaiming(12000, 12000);
    expect(bomb.length).toBeLessThan(1024);
    const r = await saveEvidenceImage(d, bomb, 'bomb.png');
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'evidence-too-many-pixels',
      field: 'evidence',
    });
    expect(r.ok ? '' : r.error.message).toBe(
      'bomb.png claims 12000 × 12000 pixels (144 megapixels); the limit is 40 megapixels: attach a smaller screenshot or photo.',
    );
    expect(readdirSync(d)).toEqual([]);
  });

  it('a JPEG whose frame header claims 12000 x 12000 is refused the same way', async () => {
    const r = await saveEvidenceImage(dir(), jpegClaiming(12000, 12000), 'bomb.jpg');
    expect(r.ok ? null : r.error.code).toBe('evidence-too-many-pixels');
    expect(r.ok ? '' : r.error.message).toMatch(/^bomb\.jpg claims 12000 × 12000 pixels/u);
  });

  it('an image at the cap is still accepted by the header check (only the claim is refused)', async () => {
    const r = await saveEvidenceImage(dir(), jpegClaiming(16, 16), 'small.jpg');
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
  });

  it('keeps Exif orientation: a photo tagged "rotate 90 CW" is stored standing up', async () => {
    const d = dir();
    const saved = await saveEvidenceImage(d, jpegWithOrientation(6), 'phone.jpg');
    if (!saved.ok) throw new Error(saved.error.message);
    const back = await readEvidence(d, saved.value.id);
    if (back?.kind !== 'image') throw new Error('not stored as an image');
    const png = PNG.sync.read(back.png);
    expect([png.width, png.height]).toEqual([48, 64]);
    // The red left column of the stored pixels is the top row once turned 90 degrees clockwise.
    const at = (x: number, y: number) => [
      ...png.data.subarray((y * 48 + x) * 4, (y * 48 + x) * 4 + 3),
    ];
    expect(at(24, 2)[0]).toBeGreaterThan(180);
    expect(at(24, 40)[2]).toBeGreaterThan(180);
    const asIs = await saveEvidenceImage(d, jpegWithOrientation(1), 'flat.jpg');
    if (!asIs.ok) throw new Error(asIs.error.message);
    const flat = await readEvidence(d, asIs.value.id);
    expect(flat?.kind === 'image' ? PNG.sync.read(flat.png).width : 0).toBe(64);
  });
});
