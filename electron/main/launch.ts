import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { secondLaunch, siteFileFromArgs } from '../../core/desktop/launch-args';
import { RECENT_LIMIT, withRecent, type MenuCommandId } from '../../core/desktop/menu';
import type { EventSink } from '../../core/ipc/renderer-events';
import { writeFileDurable } from '../services/files/write-durable';
import { readSiteFile } from '../services/site-file/site-file-io';
import { setupMenu } from './menu';

const RECENT_FILE = 'recent-sites.json';
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
  app.on('open-file', (event, path) => {
    event.preventDefault();
    focus();
    void open(path);
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
      const given = siteFileFromArgs(process.argv, process.cwd());
      if (given) await open(given);
    },
  };
}
