import { ipcMain } from 'electron';
import { channelNames } from '../../core/ipc/contract';
import { createDispatcher, type Handlers } from '../../core/ipc/dispatch';
import { appOrigin } from './origin';
import { isOurWebContents } from './windows';

/** The only place ipcMain is used: every channel goes through the shared dispatcher. */
export function setupIpc(handlers: Handlers): void {
  const dispatch = createDispatcher(handlers, appOrigin, (channel, error) => {
    // Only the error's name and message: handlers never put secrets in messages.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'non-Error thrown';
    console.error(`[ipc] ${channel} failed: ${detail}`);
  });
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, args: unknown) =>
      dispatch(channel, args, {
        frameUrl: event.senderFrame?.url ?? null,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        isOurWindow: isOurWebContents(event.sender),
      }),
    );
  }
}
