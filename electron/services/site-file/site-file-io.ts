import { basename, dirname } from 'node:path';
import { AppErrorException, appError, fail, ok, type Result } from '../../../core/errors';
import type { OpenedFile, SavedFile } from '../../../core/ipc/contract';
import { SITE_FILE_MAX_BYTES } from '../../../core/site-file/schema';
import { fileErrorToAppError } from '../files/errors';
import { CappedReadError, readRegularFileCapped } from '../files/read-capped';
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

/**
 * Reads a site file's text: the one home of the guards the app and the CLI share. A regular file
 * only (a device such as /dev/zero or a FIFO is refused before any read, never waited on), at most
 * the site-file cap plus one byte, strict UTF-8 with a leading byte-order mark dropped (Notepad
 * writes one). `field` names the argument at fault (`path` in the app, `site` in the CLI).
 */
export async function readSiteFileText(path: string, field: string): Promise<Result<string>> {
  const mb = Math.round(SITE_FILE_MAX_BYTES / (1024 * 1024));
  let bytes: Buffer;
  try {
    bytes = await readRegularFileCapped(path, SITE_FILE_MAX_BYTES);
  } catch (err) {
    if (!(err instanceof CappedReadError)) return fail(fileErrorToAppError(err, path, field));
    if (err.code === 'not-a-file')
      return fail(
        appError(
          'not-a-file',
          field,
          `${path} is not a regular file (a device, pipe or folder): choose the .smtprunbook site file.`,
        ),
      );
    if (err.code === 'file-too-large')
      return fail(
        appError(
          'site-file-too-large',
          field,
          `${basename(path)} is larger than ${mb} MB, far more than a site file: choose the .smtprunbook file exported by the app.`,
        ),
      );
    return fail(
      appError(
        'site-file',
        field,
        `Cannot read the site file ${path}: check the path and its permissions.`,
      ),
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return ok(text.replace(/^\uFEFF/u, ''));
  } catch {
    return fail(
      appError(
        'site-file-not-text',
        field,
        `${basename(path)} is not UTF-8 text (saved as UTF-16 or a Windows code page?): save it again as UTF-8, or export it again from the app.`,
      ),
    );
  }
}

/** Reads a chosen site file as UTF-8 text, refusing anything over the size cap or not text. */
export async function readSiteFile(path: string): Promise<OpenedFile> {
  const text = await readSiteFileText(path, 'path');
  if (!text.ok) throw new AppErrorException(text.error);
  return { path, content: text.value };
}
