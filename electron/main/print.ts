import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, shell, type WebContents } from 'electron';
import { printOutcome, printWebPreferences } from '../../core/security/print-window';

/** The print windows open now: their webContents id and the one PDF URL each may show. */
const jobs = new Map<number, string>();

/**
 * The PDF a print window (or the PDF viewer inside it) was opened for, or null for every other
 * webContents. security.ts lets such contents navigate only to that PDF and the viewer.
 */
export function printDocumentOf(contents: WebContents): string | null {
  const own = jobs.get(contents.id);
  if (own !== undefined) return own;
  const host = contents.hostWebContents as WebContents | null | undefined;
  return host ? (jobs.get(host.id) ?? null) : null;
}

/** Opens the PDF in the OS's viewer: the fallback when Electron's print path fails. */
async function openInViewer(path: string, why: string): Promise<string> {
  const problem = await shell.openPath(path);
  return problem === ''
    ? `Electron could not print it (${why}): it is open in your PDF viewer instead; print it from there.`
    : `Electron could not print it (${why}) and no PDF viewer opened ${path} (${problem}): open it and print it from there.`;
}

/**
 * Prints the certificate PDF itself through Electron's print dialog: main writes it to the app's
 * temp folder (it holds no key or password), shows it in a window of its own (Chromium's PDF
 * viewer, its own in-memory session, no preload, no navigation but to that file and the viewer)
 * and opens the print dialog on it, so the paper is the document the ID was computed for. The
 * file and the window go when the dialog closes. Null when it printed; otherwise what happened.
 */
export async function printPdfInWindow(pdf: Buffer, fileName: string): Promise<string | null> {
  const dir = join(app.getPath('temp'), 'secure-smtp-runbook-print');
  await mkdir(dir, { recursive: true });
  const path = join(dir, fileName);
  await writeFile(path, pdf, { mode: 0o600 });
  const url = pathToFileURL(path).href;
  const win = new BrowserWindow({
    width: 820,
    height: 960,
    title: 'Print the completion certificate',
    autoHideMenuBar: true,
    webPreferences: printWebPreferences(),
  });
  const ses = win.webContents.session;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  jobs.set(win.webContents.id, url);
  let keepFile = false;
  try {
    await win.loadURL(url);
    const outcome = await new Promise<ReturnType<typeof printOutcome>>((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (ok, reason) =>
        resolve(printOutcome(ok, reason)),
      );
    });
    if (outcome.kind === 'printed') return null;
    if (outcome.kind === 'cancelled') return 'Printing was cancelled: nothing was printed.';
    keepFile = true;
    return await openInViewer(path, outcome.reason);
  } catch (e) {
    keepFile = true;
    return await openInViewer(path, e instanceof Error ? e.message : String(e));
  } finally {
    jobs.delete(win.webContents.id);
    if (!win.isDestroyed()) win.destroy();
    if (!keepFile) await rm(path, { force: true });
  }
}
