// `npm start` / `npm run dev`: make sure the Electron binary is there, then hand over to electron-vite.
//
// Since Electron 42 the npm package fetches its binary on first use, but electron-vite reads
// node_modules/electron/path.txt itself and gives up ("Electron uninstall") when it is absent,
// so the download never starts. Here the binary is ensured with Electron's own installer
// (node_modules/electron/install.js, which honours electron_config_cache and the mirror
// variables), and electron-vite is told where it is (ELECTRON_EXEC_PATH). Offline, ELECTRON_ZIP
// names a release zip carried in by hand: it is placed where the installer's cache looks, and the
// installer checks it against the package's checksums.json before unpacking. Where the binary
// cannot be had, one message says what to do, and the exit code is 1.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

/** The executable's path inside an Electron folder, as Electron's installer names it. */
function platformPath() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The binary to launch, or null: the override folder if set, else the package's own dist. */
function installedBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, platformPath());
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const candidate = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : null;
}

function explain(reason) {
  const zip = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
  console.error(
    [
      '',
      `Cannot start: the Electron ${electronVersion} binary is not installed and could not be fetched (${reason}).`,
      'Either:',
      `  - copy ${zip} from a machine with internet`,
      `    (https://github.com/electron/electron/releases/tag/v${electronVersion}) and run`,
      `    ELECTRON_ZIP=/path/to/${zip} npm start   (checked against Electron's checksums); or`,
      '  - set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds an unpacked Electron',
      `    ${electronVersion} (the folder with ${platformPath()}), then run \`npm start\` again.`,
      'Everything else works without it: `npm test`, `npm run cli -- …`, `npm run build`.',
      '',
    ].join('\n'),
  );
}

/**
 * A cache folder in which Electron's installer finds the given zip: @electron/get keeps a file
 * under sha256(<download URL without the file name>) (its Cache.getCacheDirectory).
 */
function cacheHolding(zipPath) {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'electron-cache-'));
  const base = `https://github.com/electron/electron/releases/download/v${electronVersion}`;
  const folder = join(cacheRoot, createHash('sha256').update(base).digest('hex'));
  mkdirSync(folder, { recursive: true });
  copyFileSync(
    zipPath,
    join(folder, `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`),
  );
  return cacheRoot;
}

function ensureBinary() {
  const found = installedBinary();
  if (found) return found;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    explain(`ELECTRON_OVERRIDE_DIST_PATH has no ${platformPath()}`);
    return null;
  }
  const env = { ...process.env };
  const zip = process.env.ELECTRON_ZIP;
  if (zip) {
    if (!existsSync(zip)) {
      explain(`ELECTRON_ZIP names no file: ${zip}`);
      return null;
    }
    const checksums = JSON.parse(readFileSync(join(electronDir, 'checksums.json'), 'utf8'));
    const expected =
      checksums[`electron-v${electronVersion}-${process.platform}-${process.arch}.zip`];
    const actual = createHash('sha256').update(readFileSync(zip)).digest('hex');
    if (actual !== expected) {
      explain(
        `${zip} is not Electron ${electronVersion} for ${process.platform}-${process.arch}: its SHA-256 differs from the published one`,
      );
      return null;
    }
    env.electron_config_cache = cacheHolding(zip);
    delete env.ELECTRON_MIRROR;
    delete env.electron_use_remote_checksums;
    console.log(`Installing Electron ${electronVersion} from ${zip}…`);
  } else {
    console.log(`Fetching the Electron ${electronVersion} binary (first start only)…`);
  }
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    env,
  });
  const installed = installedBinary();
  if (install.status === 0 && installed) return installed;
  if (env.electron_config_cache)
    rmSync(env.electron_config_cache, { recursive: true, force: true });
  const errorLine = (install.stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ') && !l.includes('@electron/get:'))
    .pop();
  explain(errorLine || `installer exit code ${install.status}`);
  return null;
}

const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
const binary = ensureBinary();
if (!binary) process.exit(1);

const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const args = mode === 'dev' ? ['dev'] : ['preview', '--skipBuild'];
const child = spawn(process.execPath, [cli, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
