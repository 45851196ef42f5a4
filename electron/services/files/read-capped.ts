import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why a file could not be read as a small regular file: the message names the fix. */
export class CappedReadError extends Error {
  constructor(
    readonly code: 'not-a-file' | 'file-too-large' | 'file-unreadable',
    message: string,
  ) {
    super(message);
  }
}

// Opening a FIFO for reading blocks until a writer appears; O_NONBLOCK makes open return at once
// (it changes nothing for a regular file). Windows has no such flag and no FIFOs in the file tree.
const NONBLOCK = (constants as Record<string, number | undefined>)['O_NONBLOCK'] ?? 0;

/**
 * Reads a regular file of at most `cap` bytes. A device (`/dev/zero`), FIFO, socket or folder is
 * refused before it is read, and never more than `cap + 1` bytes are read, so a file that grows or
 * lies about its size cannot make us read without limit.
 */
export async function readRegularFileCapped(path: string, cap: number): Promise<Buffer> {
  const before = await stat(path).catch(() => null);
  if (!before)
    throw new CappedReadError(
      'file-unreadable',
      `Cannot read ${path}: it does not exist or is not readable.`,
    );
  if (!before.isFile())
    throw new CappedReadError(
      'not-a-file',
      `${path} is not a regular file (a device, pipe or folder): choose a certificate or PFX file.`,
    );
  const handle = await open(path, constants.O_RDONLY | NONBLOCK).catch(() => null);
  if (!handle)
    throw new CappedReadError('file-unreadable', `Cannot read ${path}: check its permissions.`);
  try {
    if (!(await handle.stat()).isFile())
      throw new CappedReadError(
        'not-a-file',
        `${path} is not a regular file: choose a certificate or PFX file.`,
      );
    const buffer = Buffer.alloc(cap + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > cap)
      throw new CappedReadError(
        'file-too-large',
        `${path} is larger than ${cap} bytes: not a certificate or PFX file.`,
      );
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
