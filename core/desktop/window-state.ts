import { z } from 'zod';

/** A rectangle in screen coordinates (DIP), as Electron reports window bounds and work areas. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

/** The window's place as saved on close (a file in the app's data folder: untrusted on read). */
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false),
});
type WindowState = z.infer<typeof windowStateSchema>;

/** What the window opens with: bounds (x/y absent means "let the OS centre it") and maximised. */
export interface WindowPlacement {
  readonly bounds: { readonly width: number; readonly height: number; x?: number; y?: number };
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

/**
 * The first window's size when nothing was saved, and the least a window may be. The least fits a
 * 1366x768 laptop at 125 % scaling: about 1093x582 CSS px of work area under the taskbar.
 */
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 800, height: 520 } as const;

/** How much of the title bar must lie on a display for the window to count as reachable. */
const GRIP = { width: 120, height: 32 } as const;

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** A size that fits the work area, never under the minimum unless the display itself is smaller. */
function fitSize(
  size: { width: number; height: number },
  area: Rect,
): { width: number; height: number } {
  return {
    width: clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height),
  };
}

/**
 * Where to open the window, from what was saved and the displays there are now (their work
 * areas; the primary first). The saved place is kept when its title bar still lies on a display;
 * a monitor that has gone, or a resolution that shrank, moves the window onto the display it
 * overlapped most (or the primary), shrunk to fit. Maximised and full screen carry over. Nothing
 * saved, or saved data that fails the schema: the default size, centred by the OS.
 */
export function restoreWindow(saved: unknown, displays: readonly Rect[]): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  const primary = displays[0];
  if (!parsed.success || !primary) {
    const size = primary ? fitSize(DEFAULT_SIZE, primary) : { ...DEFAULT_SIZE };
    return { bounds: size, maximized: false, fullScreen: false };
  }
  const { bounds, maximized, fullScreen } = parsed.data;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRIP.height };
  const reachable = displays.some((d) => {
    const o = overlap(titleBar, d);
    return o !== null && o.width >= Math.min(GRIP.width, bounds.width) && o.height >= 8;
  });
  const host =
    displays
      .map((d) => ({ d, area: overlap(bounds, d) }))
      .filter((c) => c.area !== null)
      .sort(
        (a, b) =>
          (b.area?.width ?? 0) * (b.area?.height ?? 0) -
          (a.area?.width ?? 0) * (a.area?.height ?? 0),
      )[0]?.d ?? primary;
  const size = fitSize(bounds, host);
  const fits = size.width === bounds.width && size.height === bounds.height;
  if (reachable && fits) return { bounds: { ...bounds }, maximized, fullScreen };
  return {
    bounds: {
      ...size,
      x: clamp(bounds.x, host.x, host.x + host.width - size.width),
      y: clamp(bounds.y, host.y, host.y + host.height - size.height),
    },
    maximized,
    fullScreen,
  };
}

/** What to save on close: the normal (un-maximised) bounds, so a restore un-maximises sensibly. */
export function windowStateToSave(
  normalBounds: Rect,
  maximized: boolean,
  fullScreen: boolean,
): WindowState {
  return {
    bounds: {
      x: Math.round(normalBounds.x),
      y: Math.round(normalBounds.y),
      width: Math.max(1, Math.round(normalBounds.width)),
      height: Math.max(1, Math.round(normalBounds.height)),
    },
    maximized,
    fullScreen,
  };
}
