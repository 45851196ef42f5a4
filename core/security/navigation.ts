import { isSameOrigin } from './origin';

/**
 * Whether the app may navigate (or redirect) its window to `url`. Only our own origin: the app
 * is offline and has no reason to show anything else. External links are refused, not opened.
 */
export function isAllowedNavigation(url: unknown, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/** What the main process knows about the frame that sent an IPC message. */
export interface SenderInfo {
  /** URL of the sending frame, or null when the frame is gone (navigated or destroyed). */
  readonly frameUrl: string | null;
  /** The frame is the top-level frame of its page. */
  readonly isMainFrame: boolean;
  /** The page belongs to one of the windows the app created (not a stray webContents). */
  readonly isOurWindow: boolean;
}

/** Whether an IPC message comes from the main frame of one of our windows, on our origin. */
export function isTrustedSender(sender: SenderInfo, appOrigin: string): boolean {
  if (!sender.isOurWindow || !sender.isMainFrame || sender.frameUrl === null) return false;
  return isSameOrigin(sender.frameUrl, appOrigin);
}
