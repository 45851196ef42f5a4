import {
  app,
  ipcMain,
  webContents,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { channelNames } from '../../core/ipc/contract';
import { createDispatcher, type Handlers } from '../../core/ipc/dispatch';
import {
  LISTEN_CHANNEL,
  createEventOutbox,
  eventChannel,
  isEventName,
  type EventSink,
} from '../../core/ipc/renderer-events';
import type { SenderInfo } from '../../core/security/navigation';
import { isTrustedSender } from '../../core/security/navigation';
import { appOrigin } from './origin';
import { isOurWebContents } from './windows';

/** What main knows about the frame behind an IPC message. */
function senderOf(event: IpcMainEvent | IpcMainInvokeEvent): SenderInfo {
  return {
    frameUrl: event.senderFrame?.url ?? null,
    isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
    isOurWindow: isOurWebContents(event.sender),
  };
}

/** The only place ipcMain is used: every channel goes through the shared dispatcher. */
export function setupIpc(handlers: Handlers): void {
  const dispatch = createDispatcher(handlers, appOrigin, (channel, error) => {
    // Only the error's name and message: handlers never put secrets in messages.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'non-Error thrown';
    console.error(`[ipc] ${channel} failed: ${detail}`);
  });
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, args: unknown) => dispatch(channel, args, senderOf(event)));
  }
}

/**
 * Main → renderer events (core/ipc/events.ts): sent only to our windows, each queued until its
 * page says it listens (a page that navigates or closes starts over). Returns the sink the
 * services emit into.
 */
export function setupEvents(): EventSink {
  const outbox = createEventOutbox<WebContents>((contents, name, payload) => {
    if (!contents.isDestroyed()) contents.send(eventChannel(name), payload);
  });
  ipcMain.on(LISTEN_CHANNEL, (event, name: unknown) => {
    if (isTrustedSender(senderOf(event), appOrigin) && isEventName(name))
      outbox.listen(event.sender, name);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-navigate', () => outbox.forget(contents));
    contents.on('destroyed', () => outbox.forget(contents));
  });
  return (name, payload) => {
    for (const contents of webContents.getAllWebContents())
      if (isOurWebContents(contents)) outbox.emit(contents, name, payload);
  };
}
