import { z } from 'zod';
import type { StateFileReport } from '../verification/stick';
import { channel } from './channel';

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
