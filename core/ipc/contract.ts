import { z } from 'zod';
import { certChannels } from './cert-channels';
import { stateChannels } from './state-channels';
import { channel, pathArgument } from './channel';
import { reportChannels } from './report-channels';
import { SITE_FILE_MAX_BYTES } from '../site-file/schema';

/**
 * The IPC contract: one entry per channel, mapping the channel name to a zod schema for its
 * single argument object and (as a phantom type) its result. The main-side dispatcher, the
 * preload API and the renderer's `window.runbook` are all derived from this map.
 *
 * To add a channel: add an entry here, a method in `api.ts`, and a handler in the services
 * wiring (`electron/services/channels/`). The typecheck fails until all three agree. Main →
 * renderer events (progress) are the other half of the contract: `renderer-events.ts`.
 */

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly versions: {
    readonly electron: string | null;
    readonly chrome: string | null;
    readonly node: string;
  };
  /** Whether keys kept between runs can be encrypted by the OS (safeStorage). */
  readonly secretStorage: 'os-encrypted' | 'weak' | 'unavailable';
}

export interface FolderReport {
  readonly path: string;
  readonly exists: boolean;
  readonly writable: boolean;
  readonly freeBytes: number | null;
  readonly entries: number;
}

/** Where a site file was written. */
export interface SavedFile {
  readonly path: string;
}

/** A site file the user chose to import: its path and text (size-capped by main). */
export interface OpenedFile {
  readonly path: string;
  readonly content: string;
}

const folderPath = pathArgument('folder path', {
  empty: ': choose a folder',
  long: ': choose a shorter path',
  nul: ': choose another folder',
});

const appChannels = {
  'app:info': channel<AppInfo>()(z.object({}).strict()),
  'folder:pick': channel<FolderReport | null>()(
    z
      .object({
        purpose: z.enum(['export', 'evidence', 'import'], {
          error: 'purpose must be export, evidence or import',
        }),
      })
      .strict(),
  ),
  /**
   * The user clicked a drive in the list of USB sticks: main lists the drives again and accepts
   * only a removable one, which becomes a folder the bundle may be written to (a fixed disk such as
   * `/` or `C:\` must be chosen with the folder dialog).
   */
  'bundle:choose-target': channel<FolderReport>()(z.object({ path: folderPath }).strict()),
  /** "Show in folder" after an export: opens a folder the user chose, in Explorer or Finder. */
  'folder:show': channel<null>()(z.object({ path: folderPath }).strict()),
  'site:save-file': channel<SavedFile | null>()(
    z
      .object({
        suggestedName: z
          .string({ error: 'suggested file name must be text' })
          .min(1, 'suggested file name is empty')
          .max(200, 'suggested file name is longer than 200 characters')
          .refine(
            (n) => !/[\\/\0]/u.test(n),
            'suggested file name must not contain a slash, backslash or NUL',
          ),
        content: z
          .string({ error: 'site file content must be text' })
          .max(SITE_FILE_MAX_BYTES, 'the site file is larger than 20 MB: it cannot be saved'),
      })
      .strict(),
  ),
  'site:open-file': channel<OpenedFile | null>()(z.object({}).strict()),
} as const;

/** Every channel of the app: the app's own, certificates and the USB bundle, evidence and reports, server states. */
export const contract = {
  ...appChannels,
  ...certChannels,
  ...reportChannels,
  ...stateChannels,
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** Every channel name, in contract order. */
export const channelNames = Object.keys(contract) as Channel[];
