import { cerPath } from '../certificates/bundle-layout';
import { appError, type Result } from '../errors';
import type { Hub } from '../site/site';

/**
 * What the engineer may drag out of the app to Explorer or Finder (or open there with "Show in
 * folder"): after an export, each hub's bundle folder and its own public certificate (`.cer`), as
 * main wrote them. Never a private file, never a path the page names on its own.
 */
export interface DragOutItem {
  readonly hubId: string;
  readonly kind: 'bundle-folder' | 'certificate';
  /** The absolute path main wrote (the folder itself, or the file). */
  readonly path: string;
  /** What the item is called on screen: the folder's or the file's name. */
  readonly name: string;
}

/** A written file, as the export reports it (path as main wrote it, secret or not). */
interface WrittenFile {
  readonly path: string;
  readonly secret: boolean;
}

const parts = (p: string): string[] => p.split(/[\\/]+/u).filter((s) => s !== '');

/**
 * The items an export makes draggable: per exported hub, its folder and its `.cer`, found among
 * the files main wrote and read back (a hub whose certificate file is not among them offers
 * nothing). Paths are taken from the written files, so they are exactly what main wrote.
 */
export function dragOutItems(
  written: { readonly folder: string; readonly files: readonly WrittenFile[] },
  hubs: readonly Pick<Hub, 'id' | 'fqdn'>[],
): DragOutItem[] {
  const root = parts(written.folder);
  const items: DragOutItem[] = [];
  for (const hub of hubs) {
    const want = [hub.fqdn, ...parts(cerPath(hub))];
    const cer = written.files.find((f) => {
      const p = parts(f.path);
      return (
        !f.secret &&
        p.length === root.length + want.length &&
        root.every((s, i) => p[i] === s) &&
        want.every((s, i) => p[root.length + i] === s)
      );
    });
    if (!cer) continue;
    // The hub folder is the certificate's path up to and including the hub's own component.
    const tail = want.slice(1).join('/').length + 1;
    const folder = cer.path.slice(0, cer.path.length - tail);
    items.push(
      { hubId: hub.id, kind: 'bundle-folder', path: folder, name: hub.fqdn },
      { hubId: hub.id, kind: 'certificate', path: cer.path, name: want[want.length - 1]! },
    );
  }
  return items;
}

/**
 * Checks a drag or "Show in folder" request against what this session's exports made draggable:
 * every path must be one of them, exactly (no normalising, no prefix match: a path the page
 * made up, a private file beside a certificate or a parent folder is refused).
 */
export function checkDragOut(
  known: readonly DragOutItem[],
  paths: readonly string[],
): Result<DragOutItem[]> {
  if (paths.length === 0)
    return {
      ok: false,
      error: appError('drag-nothing', 'paths', 'Nothing to drag: export the bundle first.'),
    };
  const found: DragOutItem[] = [];
  for (const path of paths) {
    const item = known.find((k) => k.path === path);
    if (!item)
      return {
        ok: false,
        error: appError(
          'drag-not-exported',
          'paths',
          'Only a hub folder or certificate this export wrote can be dragged out or shown: export the bundle again.',
        ),
      };
    found.push(item);
  }
  return { ok: true, value: found };
}
