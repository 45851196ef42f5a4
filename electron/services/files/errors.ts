import { appError, type AppError } from '../../../core/errors';

/** The error code of a Node fs error, or '' when there is none. */
export function errnoCode(err: unknown): string {
  return typeof err === 'object' &&
    err !== null &&
    typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : '';
}

/** Where a write stood when it failed: before anything reached the drive, or after. */
interface WritePhase {
  /** True once this operation has put something on the drive (a folder, a temp file, bytes). */
  readonly writesBegan: boolean;
}

/**
 * Maps a file-system error to a message a field engineer can act on (SECURITY.md W8). A refusal
 * on the first write (EROFS, or EACCES/EPERM before anything was written) is a write-protected
 * or read-only stick; a vanished path or a device error after writes began is a pulled stick.
 */
export function fileErrorToAppError(
  err: unknown,
  path: string,
  field = 'folder',
  phase: WritePhase = { writesBegan: false },
): AppError {
  const code = errnoCode(err);
  if (phase.writesBegan && ['EIO', 'ENOENT', 'ENODEV', 'ENXIO'].includes(code))
    return appError(
      'stick-removed',
      field,
      `The stick was removed, or stopped answering, while ${path} was being written (${code}): re-insert it and export again, then verify it.`,
    );
  if (!phase.writesBegan && (code === 'EACCES' || code === 'EPERM'))
    return appError(
      'read-only',
      field,
      `The stick is write-protected or mounted read-only, or this folder does not let you write (${code}): ${path} could not be written. Check the stick's write-protect switch and the folder's permissions, or choose another folder.`,
    );
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return appError(
        'disk-full',
        field,
        `Not enough space on the drive for ${path}. Free some space or use a larger stick; nothing was replaced.`,
      );
    case 'EROFS':
      return appError(
        'read-only',
        field,
        `The stick is write-protected or mounted read-only: ${path} could not be written. Slide the stick's write-protect switch off, or re-insert it (Linux remounts a failing drive read-only), and try again.`,
      );
    case 'EIO':
      return appError(
        'device-error',
        field,
        `Device error while writing ${path}. Re-insert the drive and try again; existing files were left untouched.`,
      );
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return appError(
        'folder-gone',
        field,
        `The folder for ${path} is no longer there: was the stick pulled or its drive letter changed? Re-insert it and choose the folder again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return appError(
        'no-permission',
        field,
        `Writing ${path} was refused (permissions, or another program such as antivirus holds the file). Close other programs or choose another folder.`,
      );
    case 'EEXIST':
      return appError(
        'file-exists',
        field,
        `${path} already exists. Confirm overwriting it, or choose another folder.`,
      );
    case 'ENAMETOOLONG':
      return appError(
        'name-too-long',
        field,
        `The path ${path} is too long for this drive: choose a folder closer to the drive's root.`,
      );
    case 'EMFILE':
    case 'ENFILE':
      return appError(
        'too-many-files',
        field,
        `Too many files are open right now to write ${path}. Wait a moment and try again.`,
      );
    case 'ENOTDIR':
      return appError(
        'not-a-folder',
        field,
        `${path} is not inside a folder: choose a folder, not a file.`,
      );
    default:
      return appError(
        'write-failed',
        field,
        `Writing ${path} failed${code ? ` (${code})` : ''}. Re-insert the drive and try again.`,
      );
  }
}
