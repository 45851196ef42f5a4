import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../electron/electron-binary.mjs';

// `npm start` on a machine without the Electron binary: one clear message and a non-zero exit;
// with a binary (here a stand-in that records how it was called), the built app is launched.
const root = resolve(__dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'runbook-start-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
/** Where the package has a binary of its own, the offline paths cannot be reached (nor tried). */
const ownBinary = process.env.ELECTRON_OVERRIDE_DIST_PATH ? null : electronBinary();

/** Environment for a start that can never download anything (a closed loopback mirror). */
function offlineEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  env.ELECTRON_MIRROR = 'http://127.0.0.1:9/';
  env.electron_config_cache = join(temp, 'empty-cache');
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_EXEC_PATH;
  return env;
}

describe.skipIf(process.platform === 'win32')('npm start', () => {
  it('launches the Electron it is given with the freshly built main entry', () => {
    const dist = join(temp, 'standin');
    const record = join(temp, 'record.json');
    spawnSync('mkdir', ['-p', dist]);
    writeFileSync(
      join(dist, 'electron'),
      [
        `#!${process.execPath}`,
        `require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({`,
        '  args: process.argv.slice(2), cwd: process.cwd(),',
        '  rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null }));',
      ].join('\n'),
    );
    chmodSync(join(dist, 'electron'), 0o755);
    const started = Date.now();
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: offlineEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }),
    });
    expect(run.stderr).not.toMatch(/Cannot start/);
    expect(run.status).toBe(0);
    const called = JSON.parse(readFileSync(record, 'utf8')) as {
      args: string[];
      cwd: string;
      rendererUrl: string | null;
    };
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    const appDir = resolve(called.cwd, called.args[0] ?? '');
    expect(appDir).toBe(root);
    expect(pkg.main).toBe('out/main/index.js');
    // The entry the stand-in was pointed at was built by this very start.
    expect(statSync(join(appDir, pkg.main)).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    expect(called.rendererUrl).toBeNull();
  });

  it.skipIf(ownBinary)(
    'without a binary and without a network, says what to do once and exits non-zero',
    () => {
      const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
        cwd: root,
        encoding: 'utf8',
        env: offlineEnv({ ELECTRON_OVERRIDE_DIST_PATH: '' }),
      });
      expect(run.stdout).toMatch(/^Fetching the Electron/m);
      expect(run.status).toBe(1);
      expect(run.stderr.match(/Cannot start/g)).toHaveLength(1);
      expect(run.stderr).toMatch(/ELECTRON_ZIP=/);
      expect(run.stderr).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
    },
  );

  it('an override folder without the executable is named, not downloaded over', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: offlineEnv({ ELECTRON_OVERRIDE_DIST_PATH: join(temp, 'nothing-here') }),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/Fetching/);
    expect(run.stderr).toMatch(/ELECTRON_OVERRIDE_DIST_PATH has no electron/);
  });

  it.skipIf(ownBinary)(
    'a carried-in zip that is not the published release is refused before unpacking',
    () => {
      const zip = join(temp, `electron-v45.5.0-${process.platform}-${process.arch}.zip`);
      writeFileSync(zip, 'not a release');
      const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
        cwd: root,
        encoding: 'utf8',
        env: offlineEnv({ ELECTRON_OVERRIDE_DIST_PATH: '', ELECTRON_ZIP: zip }),
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/SHA-256 differs from the published one/);
    },
  );
});
