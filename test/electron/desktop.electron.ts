import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteFile, serializeSiteFile } from '../../core/site-file';
import { fixtureSite } from '../helpers/fixture-site';

// The desktop glue for real (runs only where the Electron binary is installed): the menu built
// from core's description, the window placed from the saved state, a site file given at launch.

async function launch(userData: string, extra: string[] = []) {
  const app = await electron.launch({
    executablePath: process.env['RUNBOOK_ELECTRON_BINARY'],
    args: ['out/main/index.js', `--user-data-dir=${userData}`, ...extra],
  });
  return { app, page: await app.firstWindow() };
}

test('the application menu is core’s description, with its accelerators', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'runbook-electron-'));
  const { app } = await launch(userData);
  const menu = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((top) => ({
      label: top.label,
      items: (top.submenu?.items ?? []).map((i) => [i.label, i.accelerator ?? null]),
    })),
  );
  const file = menu.find((m) => m.label === 'File');
  expect(file?.items).toContainEqual(['Open site file…', 'CmdOrCtrl+O']);
  expect(file?.items).toContainEqual(['Print completion certificate…', 'CmdOrCtrl+P']);
  expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['Edit', 'View', 'Help']));
  await app.close();
  await rm(userData, { recursive: true, force: true });
});

test('the window opens where it was closed, and saves its place on close', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'runbook-electron-'));
  const bounds = { x: 40, y: 30, width: 1000, height: 700 };
  await writeFile(
    join(userData, 'window-state.json'),
    JSON.stringify({ bounds, maximized: false, fullScreen: false }),
  );
  const { app } = await launch(userData);
  const shown = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getBounds(),
  );
  expect(shown).toMatchObject({ width: bounds.width, height: bounds.height });
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.setBounds({ x: 60, y: 50, width: 1100, height: 720 }),
  );
  await app.close();
  await expect
    .poll(async () =>
      JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8').catch(() => '{}')),
    )
    .toMatchObject({ bounds: { width: 1100, height: 720 } });
  await rm(userData, { recursive: true, force: true });
});

test('a site file named at launch opens its import preview', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'runbook-electron-'));
  const file = join(userData, 'contoso.smtprunbook');
  await writeFile(
    file,
    serializeSiteFile(buildSiteFile(fixtureSite('2013-multi'), {}, new Date('2026-12-01'))),
  );
  const { app, page } = await launch(userData, [file]);
  await expect(page.getByTestId('import-preview')).toContainText('Contoso');
  await page.screenshot({ path: 'test-results/screens/electron-site-file-at-launch.png' });
  await app.close();
  await rm(userData, { recursive: true, force: true });
});
