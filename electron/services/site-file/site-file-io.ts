import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppErrorException, appError } from '../../../core/errors';
import type { OpenedFile, SavedFile } from '../../../core/ipc/contract';
import { SITE_FILE_MAX_BYTES } from '../../../core/site-file/schema';
import { fileErrorToAppError } from '../files/errors';
import { writeFileDurable } from '../files/write-durable';

/**
 * Writes a site file where the user chose in the save dialog (which already asked about
 * replacing an existing file), through the durable writer: temp file, fsync, rename, read-back.
 */
export async function writeSiteFile(path: string, content: string): Promise<SavedFile> {
  const data = Buffer.from(content, 'utf8');
  if (data.length > SITE_FILE_MAX_BYTES) {
    throw new AppErrorException(
      appError('site-file-too-large', 'content', 'The site file is larger than 20 MB: not saved.'),
    );
  }
  const written = await writeFileDurable(dirname(path), basename(path), data, { overwrite: true });
  if (!written.ok) throw new AppErrorException(written.error);
  return { path: written.value.path };
}

/** Reads a chosen site file as UTF-8 text, refusing anything over the size cap or not text. */
export async function readSiteFile(path: string): Promise<OpenedFile> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new AppErrorException(
        appError('not-a-file', 'path', `${path} is not a file: choose the .smtprunbook file.`),
      );
    }
    if (info.size > SITE_FILE_MAX_BYTES) {
      throw new AppErrorException(
        appError(
          'site-file-too-large',
          'path',
          `${basename(path)} is ${Math.round(info.size / (1024 * 1024))} MB, far larger than a site file (at most 20 MB): choose the .smtprunbook file exported by the app.`,
        ),
      );
    }
    // Read at most one byte past the cap, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, SITE_FILE_MAX_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > SITE_FILE_MAX_BYTES) {
      throw new AppErrorException(
        appError('site-file-too-large', 'path', `${basename(path)} is larger than 20 MB.`),
      );
    }
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } catch {
      throw new AppErrorException(
        appError(
          'site-file-not-text',
          'path',
          `${basename(path)} is not a text file: choose the .smtprunbook file exported by the app.`,
        ),
      );
    }
    return { path, content: content.replace(/^\uFEFF/u, '') };
  } catch (err) {
    if (err instanceof AppErrorException) throw err;
    throw new AppErrorException(fileErrorToAppError(err, path, 'path'));
  } finally {
    await handle?.close().catch(() => {});
  }
}
