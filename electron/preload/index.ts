import { contextBridge, ipcRenderer } from 'electron';
import { createRunbookApi } from '../../core/ipc/api';

// One method per channel (see core/ipc/api.ts, which `satisfies RunbookApi`); nothing else crosses.
contextBridge.exposeInMainWorld(
  'runbook',
  createRunbookApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
