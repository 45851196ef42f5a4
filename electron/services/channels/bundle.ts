import { AppErrorException, appError } from '../../../core/errors';
import type { Handlers } from '../../../core/ipc/dispatch';
import { inspectFolder } from '../app/folder';
import { exportBundle } from '../bundle/export';
import { verifyBundle } from '../bundle/verify';
import { listExportTargets, type DriveProbe } from '../files/drives';
import type { DurableFs } from '../files/durable-fs';
import type { KeyVault } from '../vault/vault';
import type { ChosenFolders } from './folders';

/** What the USB bundle channels need; tests inject faulty file systems and drive lists. */
export interface BundleChannelDeps {
  readonly vault: KeyVault;
  readonly now: () => Date;
  /** File system for bundle export (tests inject faults); default: the real one. */
  readonly bundleFs?: DurableFs;
  /** OS drive look-ups for bundle:targets (default: the real OS). */
  readonly driveProbe?: DriveProbe;
  /** Free bytes at a folder, or null when unknown (default: statfs). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
}

type BundleChannel = 'bundle:export' | 'bundle:targets' | 'bundle:choose-target' | 'bundle:verify';

/**
 * The USB bundle channels. Policy: a bundle is written to, or verified in, only a folder the user
 * chose in this session. Listing the drives chooses nothing; clicking a listed removable drive
 * does (bundle:choose-target), and any other folder comes from the folder dialog.
 */
export function createBundleChannels(
  deps: BundleChannelDeps,
  folders: ChosenFolders,
): Pick<Handlers, BundleChannel> {
  return {
    'bundle:targets': async () => listExportTargets(deps.driveProbe),
    'bundle:choose-target': async ({ path }) => {
      const target = (await listExportTargets(deps.driveProbe)).find((t) => t.path === path);
      if (!target || !target.removable)
        throw new AppErrorException(
          appError(
            'not-removable',
            'path',
            `${path} is not a removable drive in the list: choose a folder on it with "Choose a folder…".`,
          ),
        );
      folders.add(target.path);
      return inspectFolder(target.path);
    },
    'bundle:export': async (a) => {
      folders.require(a.folder);
      return exportBundle(a.site, deps.vault, a, {
        now: deps.now,
        fs: deps.bundleFs,
        freeBytes: deps.freeBytes,
      });
    },
    'bundle:verify': async (a) => {
      folders.require(a.folder);
      return verifyBundle(a.folder, deps.vault, deps.bundleFs);
    },
  };
}
