import { test as base, expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../../core/ipc/dispatch';
import { createEventOutbox, isEventName, type EventSink } from '../../../core/ipc/renderer-events';
import { isTrustedSender } from '../../../core/security/navigation';
import { createHandlers, type HandlerDeps } from '../../../electron/services/channels';
import type { DriveProbe } from '../../../electron/services/files/drives';
import { createAesGcmProtector } from '../../../electron/services/vault/protector';
import { KeyVault } from '../../../electron/services/vault/vault';
import { bridgeScript } from './bridge';
import { serveRenderer } from './static-server';

const rendererRoot = join(import.meta.dirname, '../../../out/renderer');

export interface RunbookApp {
  readonly page: Page;
  readonly origin: string;
  /** A real temporary folder the "folder picker" answers with. */
  readonly workDir: string;
  /** The path the next save dialog answers with (default: workDir/<suggested name>); null cancels. */
  nextSaveFile: string | null | undefined;
  /** The folder the next folder picker answers with (default: workDir). */
  nextFolder: string | null | undefined;
  /** The path the next open dialog answers with; null (the default) cancels. */
  nextOpenFile: string | null;
  /** The PDFs the page sent to the printer (report:print: in the app, Electron's print dialog on the PDF; electron/main/print.ts). */
  printed: Buffer[];
  /**
   * The drives "Find USB sticks" sees, as Linux describes them (/proc/mounts lines and the disks
   * whose /sys/block/<disk>/removable says 1), parsed by the real drive service. Null: this machine.
   */
  drives: { readonly mounts: string; readonly removableDisks: readonly string[] } | null;
  /** What the page dragged out (main's startDrag after core's check), one list per drag. */
  readonly dragged: (readonly string[])[];
  /** What "Show in folder" selected in Explorer/Finder (shell.showItemInFolder), in order. */
  readonly shownItems: string[];
  /** Every path a save dialog answered with, in order. */
  readonly savedFiles: string[];
  /** Every IPC call the page made, in order (channel names only). */
  readonly calls: string[];
  /** Every event main sent to the page, in order (event names only). */
  readonly events: string[];
  /** CSP violations and page errors seen so far. */
  readonly problems: string[];
  /**
   * Requests the page made outside the app's own origin (blocked, never sent). The app works
   * offline: any entry fails the test when it ends.
   */
  readonly offOrigin: string[];
  /** Sends a main → renderer event (a menu command, a site file the OS handed over), as main does. */
  send: EventSink;
  /** Saves a screenshot under test-results/screens/<name>.png. */
  screenshot(name: string): Promise<void>;
}

/** Linux as a test describes it, read by the real drive service (its OS look-ups are the seam). */
function describedDrives(drives: NonNullable<RunbookApp['drives']>): DriveProbe {
  return {
    platform: 'linux',
    readFile: async (path) => {
      if (path === '/proc/mounts') return drives.mounts;
      const disk = /^\/sys\/block\/([a-z0-9]+)\/removable$/u.exec(path)?.[1];
      if (disk) return drives.removableDisks.includes(disk) ? '1\n' : '0\n';
      throw new Error(`ENOENT: ${path}`);
    },
    readdir: async () => [],
    readlink: async (path) => {
      throw new Error(`EINVAL: ${path}`);
    },
    exec: async () => '',
    freeBytes: async (path) => {
      try {
        const st = await statfs(path);
        return st.bavail * st.bsize;
      } catch {
        return null;
      }
    },
  };
}

export const test = base.extend<{ app: RunbookApp }>({
  app: async ({ page }, use) => {
    const server = await serveRenderer(rendererRoot);
    const workDir = await mkdtemp(join(tmpdir(), 'runbook-e2e-'));
    const events: string[] = [];
    // Main → renderer events go through core's outbox, as in the app: queued until the page listens.
    const outbox = createEventOutbox<Page>((target, name, payload) => {
      events.push(name);
      void target
        .evaluate(([n, p]) => window.__runbookEvent?.(n, p), [name, payload] as const)
        .catch(() => {});
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) outbox.forget(page);
    });
    const vaultDir = await mkdtemp(join(tmpdir(), 'runbook-e2e-vault-'));
    const deps: HandlerDeps = {
      appInfo: {
        name: 'secure-smtp-runbook',
        version: '0.1.0',
        platform: process.platform,
        versions: { electron: null, chrome: null, node: process.versions.node },
        secretStorage: 'os-encrypted',
      },
      pickFolder: async () => {
        const chosen = fixture.nextFolder === undefined ? workDir : fixture.nextFolder;
        fixture.nextFolder = undefined;
        return chosen;
      },
      pickSaveFile: async (suggestedName) => {
        const chosen =
          fixture.nextSaveFile === undefined ? join(workDir, suggestedName) : fixture.nextSaveFile;
        fixture.nextSaveFile = undefined;
        if (chosen !== null) fixture.savedFiles.push(chosen);
        return chosen;
      },
      pickOpenFile: async () => fixture.nextOpenFile,
      // Only Electron's startDrag and showItemInFolder are replaced: recorded, after the real check.
      startDrag: async (paths) => void fixture.dragged.push(paths),
      showItem: async (path) => void fixture.shownItems.push(path),
      // The real vault and PKI services; only safeStorage is replaced by an AES-GCM protector.
      cert: {
        // Read at each call: the drives a test describes, else this machine's (the default probe).
        get driveProbe(): DriveProbe | undefined {
          return fixture.drives ? describedDrives(fixture.drives) : undefined;
        },
        vault: new KeyVault({ protector: createAesGcmProtector(randomBytes(32)), dir: vaultDir }),
        now: () => new Date(),
        randomBytes: (n) => randomBytes(n),
      },
      emit: (name, payload) => outbox.emit(page, name, payload),
      // Evidence in a real folder; a save dialog answers like the site file's; the PDF sent to
      // print is recorded (only the print window and dialog, electron/main/print.ts, is not run).
      report: {
        evidenceDir: join(workDir, 'evidence'),
        fontsDir: join(import.meta.dirname, '../../../assets/fonts'),
        pickReportFile: async (name) => deps.pickSaveFile(name),
        printPdf: async (pdf) => {
          fixture.printed.push(pdf);
          return null;
        },
        now: () => new Date(),
      },
    };
    const dispatch = createDispatcher(createHandlers(deps), server.origin, (channel, error) => {
      throw new Error(`handler ${channel} failed: ${String(error)}`);
    });
    const calls: string[] = [];
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
        problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await page.exposeBinding('__runbookInvoke', async (source, channel: unknown, args: unknown) => {
      calls.push(String(channel));
      return dispatch(channel, args, {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
        isOurWindow: source.page === page,
      });
    });
    await page.exposeBinding('__runbookListen', async (source, name: unknown) => {
      const sender = {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
        isOurWindow: source.page === page,
      };
      if (isTrustedSender(sender, server.origin) && isEventName(name)) outbox.listen(page, name);
    });
    // No network: everything outside the app's origin is refused and recorded, HTTP and WebSocket.
    const offOrigin: string[] = [];
    await page.context().route(
      (url) => url.origin !== server.origin,
      (route) => {
        offOrigin.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await page.context().routeWebSocket(/.*/u, (ws) => {
      offOrigin.push(ws.url());
      return ws.close();
    });
    await page.addInitScript({ content: bridgeScript() });
    await page.goto(`${server.origin}/index.html`);
    const fixture: RunbookApp = {
      page,
      origin: server.origin,
      workDir,
      nextSaveFile: undefined,
      nextOpenFile: null,
      nextFolder: undefined,
      savedFiles: [],
      dragged: [],
      shownItems: [],
      printed: [],
      drives: null,
      calls,
      events,
      problems,
      offOrigin,
      send: (name, payload) => outbox.emit(page, name, payload),
      screenshot: async (name) => {
        // The app scrolls inside <main> like the desktop window: grow the viewport to show it all.
        const size = page.viewportSize() ?? { width: 1280, height: 800 };
        const needed = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 0);
        await page.setViewportSize({
          width: size.width,
          height: Math.max(size.height, Math.min(needed + 8, 4000)),
        });
        await page.screenshot({ path: join('test-results', 'screens', `${name}.png`) });
        await page.setViewportSize(size);
      },
    };
    await use(fixture);
    expect(offOrigin, 'requests outside the app origin (the app must work offline)').toEqual([]);
    await server.close();
    await rm(workDir, { recursive: true, force: true });
    await rm(vaultDir, { recursive: true, force: true });
  },
});

export { expect };
