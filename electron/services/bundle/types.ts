import type { BundleContents } from '../../../core/certificates/bundle-state';
import { AppErrorException, type AppError } from '../../../core/errors';

/** What to export. */
export interface BundleOptions {
  readonly folder: string;
  /** Empty = every hub of the site that has a certificate. */
  readonly hubIds: readonly string[];
  readonly overwrite: boolean;
  readonly includePemKey: boolean;
  readonly pemKeyUnencrypted: boolean;
}

/** One file of the bundle: folder path inside the bundle, name, bytes, whether it is secret. */
export interface PlannedFile {
  readonly dir: string[];
  readonly name: string;
  readonly data: Buffer;
  readonly secret: boolean;
  readonly verify?: (b: Buffer) => void;
}

/** Every file of an export, what each hub's folder holds, and what the user should know. */
export interface BundlePlan {
  readonly files: PlannedFile[];
  readonly bundles: BundleContents[];
  readonly warnings: string[];
}

/** Throws an AppError across the async export (the handler turns it back into a value). */
export const fail = (e: AppError): never => {
  throw new AppErrorException(e);
};
