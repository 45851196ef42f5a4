import { createHash, createPrivateKey } from 'node:crypto';
import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { appError, AppErrorException, type AppError } from '../../../core/errors';
import type { BundleExportResult, BundleFileReport } from '../../../core/ipc/cert-channels';
import { installScript } from '../../../core/plan';
import type { Hub, Site } from '../../../core/site';
import { peersToTrust } from '../../../core/trust';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import { sanitizeFileName } from '../files/safe-name';
import { writeFileDurable } from '../files/write-durable';
import { certificateDer } from '../pki/certificate';
import { buildPfx } from '../pki/pfx-build';
import { openPfx } from '../pki/pfx-read';
import type { KeyVault, VaultEntry } from '../vault/vault';
import { hubReadme, rootReadme } from './readme';

/** What to export. */
export interface BundleOptions {
  readonly folder: string;
  /** Empty = every hub of the site that has a certificate. */
  readonly hubIds: readonly string[];
  readonly overwrite: boolean;
  readonly includePemKey: boolean;
  readonly pemKeyUnencrypted: boolean;
}

/** Effects the export needs; tests inject failing file systems and fixed clocks. */
export interface BundleDeps {
  readonly now: () => Date;
  readonly fs?: DurableFs;
  /** Free bytes at a folder, or null when unknown (default: statfs). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
}

interface PlannedFile {
  readonly dir: string[];
  readonly name: string;
  readonly data: Buffer;
  readonly secret: boolean;
  readonly verify?: (b: Buffer) => void;
}

const fail = (e: AppError): never => {
  throw new AppErrorException(e);
};

async function defaultFreeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

function safe(name: string): string {
  const s = sanitizeFileName(name);
  if (s !== name)
    fail(
      appError(
        'file-name-invalid',
        'site',
        `"${name}" cannot be used as a file name on a Windows or FAT drive.`,
      ),
    );
  return name;
}

/** Every file of the bundle, built in memory before anything touches the stick. */
function planFiles(
  site: Site,
  vault: KeyVault,
  o: BundleOptions,
  now: Date,
): { files: PlannedFile[]; warnings: string[] } {
  const withCert = site.hubs.filter((h) => vault.get(h.id));
  const chosen =
    o.hubIds.length === 0
      ? withCert
      : o.hubIds.map(
          (id) =>
            site.hubs.find((h) => h.id === id) ??
            fail(appError('unknown-hub', 'hubIds', `There is no hub '${id}' in this site.`)),
        );
  if (chosen.length === 0)
    fail(
      appError(
        'no-certificates',
        'hubIds',
        'No hub has a certificate yet: generate the certificates first.',
      ),
    );
  const thumbprints = Object.fromEntries(
    withCert.map((h) => [h.id, vault.get(h.id)!.metadata.thumbprint]),
  );
  const files: PlannedFile[] = [];
  const warnings: string[] = [];
  const listed: { hub: Hub; entry: VaultEntry }[] = [];
  for (const hub of chosen) {
    const entry =
      vault.get(hub.id) ??
      fail(
        appError(
          'no-certificate',
          'hubIds',
          `${hub.fqdn} has no certificate yet: generate it first.`,
        ),
      );
    listed.push({ hub, entry });
    const root = safe(hub.fqdn);
    const leaf = entry.chain[0]!;
    files.push({
      dir: [root, 'private'],
      name: safe(`${hub.fqdn}.pfx`),
      secret: true,
      data: buildPfx(entry.key, entry.chain, entry.password, {
        profile: entry.profile,
        friendlyName: entry.request.friendlyName,
      }),
      verify: (b) => {
        if (!openPfx(b, entry.password).privateKey) throw new Error('PFX without key');
      },
    });
    let pemKey: 'none' | 'encrypted' | 'plain' = 'none';
    if (o.includePemKey) {
      pemKey = o.pemKeyUnencrypted ? 'plain' : 'encrypted';
      const key = createPrivateKey(entry.key.privateKeyPem);
      const pem = o.pemKeyUnencrypted
        ? (key.export({ type: 'pkcs8', format: 'pem' }) as string)
        : (key.export({
            type: 'pkcs8',
            format: 'pem',
            cipher: 'aes-256-cbc',
            passphrase: entry.password,
          }) as string);
      files.push({
        dir: [root, 'private'],
        name: safe(`${hub.fqdn}.key`),
        secret: true,
        data: Buffer.from(pem),
      });
      if (o.pemKeyUnencrypted)
        warnings.push(
          `${hub.fqdn}: the PEM key is NOT encrypted on the stick; delete it after loading it on the SteelHead.`,
        );
    }
    files.push({
      dir: [root, 'public'],
      name: safe(`${hub.fqdn}.cer`),
      secret: false,
      data: certificateDer(leaf),
    });
    files.push({
      dir: [root, 'public'],
      name: safe(`${hub.fqdn}.crt`),
      secret: false,
      data: Buffer.from(forge.pki.certificateToPem(leaf)),
    });
    const peers: { hub: Hub; entry: VaultEntry }[] = [];
    for (const peer of peersToTrust(site, hub)) {
      const pe = vault.get(peer.id);
      if (!pe) {
        warnings.push(
          `${hub.fqdn} must trust ${peer.fqdn}, which has no certificate yet: generate it and export again.`,
        );
        continue;
      }
      peers.push({ hub: peer, entry: pe });
      files.push({
        dir: [root, 'public'],
        name: safe(`${peer.fqdn}.cer`),
        secret: false,
        data: certificateDer(pe.chain[0]!),
      });
    }
    const caCert = entry.chain[1];
    if (caCert)
      files.push({
        dir: [root, 'public'],
        name: 'site-ca.cer',
        secret: false,
        data: certificateDer(caCert),
      });
    const script = installScript(site, hub.id, { now, thumbprints });
    if (script.ok)
      files.push({
        dir: [root],
        name: safe(script.value.fileName),
        secret: false,
        data: Buffer.from(script.value.content.replace(/\r?\n/g, '\r\n')),
      });
    else warnings.push(`${hub.fqdn}: no install script (${script.error.message}).`);
    files.push({
      dir: [root],
      name: 'README.txt',
      secret: false,
      data: Buffer.from(
        hubReadme(site, hub, entry, peers, {
          pemKey,
          script: script.ok ? script.value.fileName : null,
          siteCa: !!caCert,
        }),
      ),
    });
    files.push({
      dir: [root],
      name: 'SHA256SUMS',
      secret: false,
      data: sums(
        files.filter((f) => f.dir[0] === root),
        1,
      ),
    });
  }
  files.push({
    dir: [],
    name: 'README.txt',
    secret: false,
    data: Buffer.from(rootReadme(site, listed)),
  });
  files.push({
    dir: [],
    name: 'SHA256SUMS',
    secret: false,
    data: sums(
      files.filter((f) => f.name !== 'SHA256SUMS' || f.dir.length > 0),
      0,
    ),
  });
  return { files, warnings };
}

/** `sha256sum` format; paths relative to the folder `depth` levels down, with forward slashes. */
function sums(files: readonly PlannedFile[], depth: number): Buffer {
  const lines = files.map(
    (f) =>
      `${createHash('sha256').update(f.data).digest('hex')}  ${[...f.dir.slice(depth), f.name].join('/')}`,
  );
  return Buffer.from(`${lines.join('\n')}\n`);
}

/**
 * Exports the USB bundle: per hub `private/` (PFX, optional PEM key) and `public/` (DER + PEM,
 * partner certificates, site CA), install script, README and SHA256SUMS; a root README and
 * SHA256SUMS. Checks space and collisions first; every file is written durably and read back;
 * on failure the files this export created are removed again.
 */
export async function exportBundle(
  site: Site,
  vault: KeyVault,
  o: BundleOptions,
  deps: BundleDeps,
): Promise<BundleExportResult> {
  const fs = deps.fs ?? nodeDurableFs;
  const { files, warnings } = planFiles(site, vault, o, deps.now());
  try {
    const st = await fs.stat(o.folder);
    if (!st.isDirectory()) fail(fileErrorToAppError({ code: 'ENOTDIR' }, o.folder));
  } catch (err) {
    if (err instanceof AppErrorException) throw err;
    fail(fileErrorToAppError(err, o.folder));
  }
  const payload = files.reduce((n, f) => n + f.data.length, 0);
  const free = await (deps.freeBytes ?? defaultFreeBytes)(o.folder);
  if (free !== null && free < 2 * payload) {
    fail(
      appError(
        'disk-full',
        'folder',
        `Not enough space in ${o.folder}: the bundle needs about ${Math.ceil((2 * payload) / 1024)} KiB free. Nothing was written.`,
      ),
    );
  }
  const existed = new Set<string>();
  for (const f of files) {
    const p = join(o.folder, ...f.dir, f.name);
    try {
      await fs.stat(p);
      existed.add(p);
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR')
        fail(fileErrorToAppError(err, p));
    }
  }
  if (existed.size > 0 && !o.overwrite) {
    const first = [...existed][0]!;
    fail(
      appError(
        'file-exists',
        'overwrite',
        `${first} ${existed.size > 1 ? `and ${existed.size - 1} more files already exist` : 'already exists'}. Confirm overwriting, or choose an empty folder. Nothing was written.`,
      ),
    );
  }
  const created: string[] = [];
  const report: BundleFileReport[] = [];
  for (const f of files) {
    const dir = join(o.folder, ...f.dir);
    try {
      for (let i = 1; i <= f.dir.length; i += 1)
        await fs.mkdir(join(o.folder, ...f.dir.slice(0, i)));
    } catch (err) {
      await rollback(fs, created);
      fail(fileErrorToAppError(err, dir));
    }
    const r = await writeFileDurable(dir, f.name, f.data, {
      overwrite: o.overwrite,
      mode: f.secret ? 0o600 : undefined,
      verify: f.verify,
      fs,
    });
    if (!r.ok) {
      await rollback(fs, created);
      fail({
        ...r.error,
        message: `${r.error.message} The files this export had written were removed.`,
      });
    } else {
      if (!existed.has(r.value.path)) created.push(r.value.path);
      if (r.value.modeWarning) warnings.push(r.value.modeWarning);
      report.push({
        path: r.value.path,
        bytes: r.value.bytes,
        sha256: r.value.sha256,
        secret: f.secret,
      });
    }
  }
  return { folder: o.folder, files: report, warnings };
}

async function rollback(fs: DurableFs, created: readonly string[]): Promise<void> {
  for (const p of [...created].reverse()) await fs.unlink(p).catch(() => {});
}
