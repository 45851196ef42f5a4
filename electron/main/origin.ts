import { app } from 'electron';
import { APP_ORIGIN } from '../../core/security/origin';

/**
 * In `npm run dev` the renderer comes from Vite's server; everywhere else from app://runbook.
 * A packaged app ignores ELECTRON_RENDERER_URL: otherwise anyone who can set an environment
 * variable could load a page of their own with our preload and make it the trusted origin.
 */
export const devServerUrl: string | null = app.isPackaged
  ? null
  : (process.env['ELECTRON_RENDERER_URL'] ?? null);

/** The one origin our windows may show and accept IPC from. */
export const appOrigin: string = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
