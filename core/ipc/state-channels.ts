import { z } from 'zod';
import type { AppError } from '../errors';
import type { ObservedState } from '../verification/observed';
import { channel } from './channel';

/** One state file found on the stick: what it holds, or why it cannot be read. */
export interface StateFileReport {
  /** Path inside the chosen folder, with forward slashes (`ex01.contoso.local/state-EX01-….xml`). */
  readonly relPath: string;
  readonly fileName: string;
  readonly size: number;
  /** SHA-256 of the file's bytes, lower-case hex (the evidence's fingerprint); '' when unread. */
  readonly sha256: string;
  readonly observed: ObservedState | null;
  readonly error: AppError | null;
}

/** The state files of one folder the user chose (the stick or a copy of it). */
interface StickStates {
  readonly folder: string;
  readonly files: readonly StateFileReport[];
}

/** The server-state channels, in the same shape as `contract` (spread into it). */
export const stateChannels = {
  /** Asks for a folder (the stick), then reads every state-*.xml in it and its hub folders. */
  'state:read-stick': channel<StickStates | null>()(z.object({}).strict()),
} as const;
