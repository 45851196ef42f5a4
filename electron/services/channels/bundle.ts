import { checkDragOut, dragOutItems, type DragOutItem } from '../../../core/desktop/drag-out';
import { AppErrorException, appError } from '../../../core/errors';
import type { ExportProgress } from '../../../core/desktop/export-progress';
import type { Handlers } from '../../../core/ipc/dispatch';
import { inspectFolder } from '../app/folder';
import { exportBundle } from '../bundle/export';
import { verifyBundle } from '../bundle/verify';
import { listExportTargets, type DriveProbe } from '../files/drives';
import type { DurableFs } from '../files/durable-fs';
import type { KeyVault } from '../vault/vault';
import type { AppChannelDeps } from './app';
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

type BundleChannel =
  | 'bundle:export'
  | 'bundle:targets'
  | 'bundle:choose-target'
  | 'bundle:verify'
  | 'file:drag'
  | 'file:show-item';

/** The desktop effects for exported files, and where the export's progress goes. */
interface BundleDesktop {
  readonly startDrag?: AppChannelDeps['startDrag'];
  readonly showItem?: AppChannelDeps['showItem'];
  readonly onProgress?: (p: ExportProgress) => void;
}

/** Throws the refusal when a path is not one this session's exports made draggable. */
function requireDraggable(known: readonly DragOutItem[], paths: readonly string[]): void {
  const checked = checkDragOut(known, paths);
  if (!checked.ok) throw new AppErrorException(checked.error);
}

/**
 * The USB bundle channels. Policy: a bundle is written to, or verified in, only a folder the user
 * chose in this session. Listing the drives chooses nothing; clicking a listed removable drive
 * does (bundle:choose-target), and any other folder comes from the folder dialog.
 */
export function createBundleChannels(
  deps: BundleChannelDeps,
  folders: ChosenFolders,
  desktop: BundleDesktop = {},
): Pick<Handlers, BundleChannel> {
  // What this session's exports wrote that may be dragged out or shown (core's rule decides).
  let draggable: DragOutItem[] = [];
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
      const written = await exportBundle(a.site, deps.vault, a, {
        now: deps.now,
        fs: deps.bundleFs,
        freeBytes: deps.freeBytes,
        onProgress: desktop.onProgress,
      });
      const items = dragOutItems(written, a.site.hubs);
      draggable = [...draggable.filter((d) => !items.some((i) => i.path === d.path)), ...items];
      return { ...written, dragItems: items };
    },
    'bundle:verify': async (a) => {
      folders.require(a.folder);
      return verifyBundle(a.folder, deps.vault, deps.bundleFs);
    },
    'file:drag': async ({ paths }) => {
      requireDraggable(draggable, paths);
      await desktop.startDrag?.(paths);
      return null;
    },
    'file:show-item': async ({ path }) => {
      requireDraggable(draggable, [path]);
      await desktop.showItem?.(path);
      return null;
    },
  };
}
