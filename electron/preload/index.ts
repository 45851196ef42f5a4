import { contextBridge, ipcRenderer } from 'electron';
import { createRunbookApi } from '../../core/ipc/api';
import { LISTEN_CHANNEL, eventChannel } from '../../core/ipc/renderer-events';

// One method per channel and one on<Event> per event (see core/ipc/api.ts, which `satisfies
// RunbookApi`); nothing else crosses. Listeners get the payload only, never the IpcRendererEvent.
contextBridge.exposeInMainWorld(
  'runbook',
  createRunbookApi(
    (channel, args) => ipcRenderer.invoke(channel, args),
    (name, listener) => {
      const wrapped = (_event: unknown, payload: unknown) =>
        listener(payload as Parameters<typeof listener>[0]);
      ipcRenderer.on(eventChannel(name), wrapped);
      ipcRenderer.send(LISTEN_CHANNEL, name);
      return () => void ipcRenderer.removeListener(eventChannel(name), wrapped);
    },
  ),
);
