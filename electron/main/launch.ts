import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { givenFilesQueue, secondLaunch, siteFileFromArgs } from '../../core/desktop/launch-args';
import { RECENT_LIMIT, withRecent, type MenuCommandId } from '../../core/desktop/menu';
import type { EventSink } from '../../core/ipc/renderer-events';
import { writeFileDurable } from '../services/files/write-durable';
import { readSiteFile } from '../services/site-file/site-file-io';
import { setupMenu } from './menu';

const RECENT_FILE = 'recent-sites.json';

// macOS sends `open-file` for a double-clicked site file before the app is ready: listen from the
// first moment and keep what comes until the page can be given it (setupLaunch attaches).
const given = givenFilesQueue();
app.on('open-file', (event, path) => {
  event.preventDefault();
  given.give(path);
});
const recentSchema = z.array(z.string().min(1).max(4096)).max(RECENT_LIMIT);

/**
 * Site files handed to us by the OS (double-click, a second launch, macOS open-file, Recent
 * sites), the recent list and the menu that shows it. Main reads a given file and sends it to the
 * page as `site:file-given`; the page shows the import preview and the engineer decides.
 */
export function setupLaunch(emit: EventSink, mainWindow: () => BrowserWindow | undefined) {
  let recent: string[] = [];
  const dir = () => app.getPath('userData');

  const showMenu = () =>
    setupMenu(recent, {
      command: (id: MenuCommandId) => emit('menu:command', { id }),
      openRecent: (path) => void open(path),
    });

  const remember = async (path: string) => {
    recent = withRecent(recent, path);
    app.addRecentDocument(path);
    showMenu();
    const data = Buffer.from(`${JSON.stringify(recent)}\n`, 'utf8');
    await writeFileDurable(dir(), RECENT_FILE, data, { overwrite: true });
  };

  async function open(path: string): Promise<void> {
    try {
      const file = await readSiteFile(path);
      emit('site:file-given', file);
      await remember(path);
    } catch (error) {
      console.error(`[launch] ${path} not opened: ${error instanceof Error ? error.message : ''}`);
    }
  }

  const focus = () => {
    const win = mainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const action = secondLaunch(argv, cwd);
    focus();
    if (action.kind === 'focus-and-open') void open(action.path);
  });

  return {
    /** Loads the recent list, shows the menu, and opens the file this launch was given. */
    async start(): Promise<void> {
      const raw = await readFile(join(dir(), RECENT_FILE), 'utf8').catch(() => '[]');
      try {
        const parsed = recentSchema.safeParse(JSON.parse(raw));
        recent = parsed.success ? parsed.data : [];
      } catch {
        recent = [];
      }
      showMenu();
      const fromArgs = siteFileFromArgs(process.argv, process.cwd());
      if (fromArgs) await open(fromArgs);
      given.attach((path) => {
        focus();
        void open(path);
      });
    },
  };
}
