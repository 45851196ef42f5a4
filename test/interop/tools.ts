import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { certificateDer } from '../../electron/services/pki/certificate';
import type { GeneratedHub } from '../../electron/services/pki/generate';
import type { PkiEffects } from '../../electron/services/pki/types';

/** The fixed printable-ASCII test password, passed to tools through env or stdin, never argv. */
export const PW = 'Interop-Test-Pw-2026!';

export const fx: PkiEffects = { now: () => new Date(), randomBytes: (n) => randomBytes(n) };

const INSTALL_HINT: Record<string, string> = {
  openssl: 'apt-get install -y openssl',
  keytool: 'apt-get install -y openjdk-17-jre-headless',
  certtool: 'apt-get install -y gnutls-bin',
};

/** Fails with a clear message when an interop tool is missing (CI installs them; nothing is skipped). */
export function requireTool(tool: keyof typeof INSTALL_HINT): void {
  const r = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(
      `interop tool "${tool}" is not installed: run \`${INSTALL_HINT[tool]}\` (the interop suite never skips)`,
    );
  }
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool with the test password in $PFXPW (and optionally on stdin). */
export function run(
  cmd: string,
  args: string[],
  opts: { password?: string; stdin?: string; cwd?: string } = {},
): RunResult {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: opts.cwd,
    input: opts.stdin,
    env: { ...process.env, PFXPW: opts.password ?? PW },
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A scratch folder per test file. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pki-interop-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** PEM of a forge certificate. */
export function pemOf(cert: forge.pki.Certificate): string {
  return forge.pki.certificateToPem(cert);
}

/** Writes a hub's PFX, leaf PEM/DER and key PEM into dir with a name prefix; returns the paths. */
export function writeHub(dir: string, name: string, hub: GeneratedHub) {
  const paths = {
    pfx: join(dir, `${name}.pfx`),
    pem: join(dir, `${name}.crt`),
    der: join(dir, `${name}.cer`),
    key: join(dir, `${name}.key`),
  };
  writeFileSync(paths.pfx, hub.pfx);
  writeFileSync(paths.pem, pemOf(hub.cert));
  writeFileSync(paths.der, certificateDer(hub.cert));
  writeFileSync(paths.key, hub.key.privateKeyPem, { mode: 0o600 });
  return paths;
}
