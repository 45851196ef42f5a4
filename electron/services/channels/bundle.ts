import type { Handlers } from '../../../core/ipc/dispatch';
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

type BundleChannel = 'bundle:export' | 'bundle:targets' | 'bundle:verify';

/**
 * The USB bundle channels. Policy: a bundle is written to, or verified in, only a folder the user
 * chose in this session; listing the drives makes each listed drive a choice.
 */
export function createBundleChannels(
  deps: BundleChannelDeps,
  folders: ChosenFolders,
): Pick<Handlers, BundleChannel> {
  return {
    'bundle:targets': async () => {
      const targets = await listExportTargets(deps.driveProbe);
      for (const t of targets) folders.add(t.path);
      return targets;
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
