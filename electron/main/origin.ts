import { APP_ORIGIN } from '../../core/security/origin';

/** In `npm run dev` the renderer comes from Vite's server; everywhere else from app://runbook. */
export const devServerUrl: string | null = process.env['ELECTRON_RENDERER_URL'] ?? null;

/** The one origin our windows may show and accept IPC from. */
export const appOrigin: string = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
