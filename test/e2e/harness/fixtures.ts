import { test as base, expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../../core/ipc/dispatch';
import { createEventOutbox, isEventName, type EventSink } from '../../../core/ipc/renderer-events';
import { isTrustedSender } from '../../../core/security/navigation';
import { createHandlers, type HandlerDeps } from '../../../electron/services/channels';
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
  /** How many times the page asked for the print dialog (report:print). */
  printRequests: number;
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
      // The real vault and PKI services; only safeStorage is replaced by an AES-GCM protector.
      cert: {
        vault: new KeyVault({ protector: createAesGcmProtector(randomBytes(32)), dir: vaultDir }),
        now: () => new Date(),
        randomBytes: (n) => randomBytes(n),
      },
      emit: (name, payload) => outbox.emit(page, name, payload),
      // Evidence in a real folder; a save dialog answers like the site file's; printing is
      // recorded and the test prints the page itself with Chromium's print-to-PDF (same print CSS).
      report: {
        evidenceDir: join(workDir, 'evidence'),
        fontsDir: join(import.meta.dirname, '../../../assets/fonts'),
        pickReportFile: async (name) => deps.pickSaveFile(name),
        print: async () => {
          fixture.printRequests += 1;
          return true;
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
      printRequests: 0,
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
