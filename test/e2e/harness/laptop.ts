/**
 * A 1366x768 laptop at 125 % Windows scaling, as the page gets it: the screen is 1093x614 CSS px,
 * and the taskbar and the window's title and menu bars leave about 1093x582 for the page. The
 * pixels are drawn at 1.25 device pixels each, so screenshots show the real text rendering.
 */
export const laptop125 = {
  viewport: { width: 1093, height: 582 },
  deviceScaleFactor: 1.25,
} as const;
