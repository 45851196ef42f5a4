import { createHash, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';
import { appError, AppErrorException, type AppError } from '../../../core/errors';
import { certificateSpecFor } from '../../../core/commands/certificate-spec';
import { installScript } from '../../../core/plan';
import type { Hub, Site } from '../../../core/site';
import { peersToTrust } from '../../../core/trust';
import { sanitizeFileName } from '../files/safe-name';
import { certificateDer } from '../pki/certificate';
import { sansOf } from '../pki/metadata';
import { buildPfx } from '../pki/pfx-build';
import { openPfx } from '../pki/pfx-read';
import { pkiProfile } from '../pki/profile-names';
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

/** One file of the bundle: folder path inside the bundle, name, bytes, whether it is secret. */
export interface PlannedFile {
  readonly dir: string[];
  readonly name: string;
  readonly data: Buffer;
  readonly secret: boolean;
  readonly verify?: (b: Buffer) => void;
}

/** Throws an AppError across the async export (the handler turns it back into a value). */
export const fail = (e: AppError): never => {
  throw new AppErrorException(e);
};

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
export function planFiles(
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
  // Every certificate must still be the one this site needs, before anything is written.
  const stale = chosen.flatMap((hub) => {
    const entry = vault.get(hub.id);
    return entry ? staleReasons(site, hub, entry, vault.getCa()?.cert ?? null) : [];
  });
  if (stale.length > 0)
    fail(
      appError(
        'certificate-stale',
        'hubIds',
        `${stale.join(' ')} Generate ${stale.length > 1 ? 'them' : 'it'} again. Nothing was written.`,
      ),
    );
  // Partners' certificates go into public/ and their thumbprints into the install scripts: only
  // certificates that still match the site count.
  const fresh = (h: Hub): VaultEntry | undefined => {
    const e = vault.get(h.id);
    return e && staleReasons(site, h, e, vault.getCa()?.cert ?? null).length === 0 ? e : undefined;
  };
  const thumbprints = Object.fromEntries(
    withCert.flatMap((h) => {
      const e = fresh(h);
      return e ? [[h.id, e.metadata.thumbprint]] : [];
    }),
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
      const pe = fresh(peer);
      if (!pe) {
        warnings.push(
          vault.get(peer.id)
            ? `${hub.fqdn} must trust ${peer.fqdn}, whose certificate no longer matches the site (${staleReasons(site, peer, vault.get(peer.id)!, vault.getCa()?.cert ?? null).join(' ')}): generate it again and export again.`
            : `${hub.fqdn} must trust ${peer.fqdn}, which has no certificate yet: generate it and export again.`,
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
        data: powershellScriptBytes(script.value.content),
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

/**
 * What differs between the certificate in the vault and the one `certificateSpecFor(site, hub)`
 * asks for (the vault is keyed by hub id only: a certificate made for an earlier site, or before
 * the hub's FQDN, SMTP domain, profile or CA choice changed, must not be exported). Empty = fresh.
 */
export function staleReasons(
  site: Site,
  hub: Hub,
  entry: VaultEntry,
  siteCa: forge.pki.Certificate | null = null,
): string[] {
  const spec = certificateSpecFor(site, hub);
  const leaf = entry.chain[0];
  if (!leaf) return [`${hub.fqdn}: its certificate is missing from the store.`];
  const diffs: string[] = [];
  const cn = commonNameOf(leaf);
  if (cn !== spec.commonName)
    diffs.push(`its certificate was made for ${cn ?? '(no common name)'}, not ${spec.commonName}`);
  const have = sansOf(leaf).map((n) => n.toLowerCase());
  const want = spec.dnsNames.map((n) => n.toLowerCase());
  if (new Set(have).size !== new Set(want).size || !want.every((n) => have.includes(n)))
    diffs.push(
      `its certificate names ${have.join(', ') || 'no DNS names'} but the site needs ${want.join(', ')}`,
    );
  const profile = pkiProfile(spec.pfxProfile);
  if (entry.profile !== profile)
    diffs.push(`its PFX profile is ${entry.profile} but the site needs ${profile}`);
  const signedByCa = entry.chain.length > 1;
  if (signedByCa !== spec.signedBySiteCa)
    diffs.push(
      spec.signedBySiteCa
        ? 'its certificate is self-signed but the site uses one site CA'
        : 'its certificate is signed by a site CA but the site is set to self-signed certificates',
    );
  // In site CA mode the partners trust this site's root: a certificate signed by another root
  // (an earlier site's) would not chain to it.
  const issuer = entry.chain[1];
  if (signedByCa && spec.signedBySiteCa && issuer && siteCa) {
    if (!certificateDer(issuer).equals(certificateDer(siteCa)))
      diffs.push("its certificate is signed by another CA than this site's");
  }
  return diffs.length > 0 ? [`${hub.fqdn}: ${diffs.join('; ')}.`] : [];
}

function commonNameOf(cert: forge.pki.Certificate): string | null {
  const f = cert.subject.getField('CN') as { value?: unknown } | null;
  return typeof f?.value === 'string' ? f.value : null;
}

/** UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without it in the ANSI code page. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The bytes of a .ps1 file: UTF-8 with a BOM and CRLF line ends. Without the BOM, Windows
 * PowerShell 5.1 (every Exchange Management Shell) decodes it as cp1252, so a non-ASCII name turns
 * into other characters, some of which (U+2018, U+201A) PowerShell treats as quotes.
 */
export function powershellScriptBytes(content: string): Buffer {
  const body = content.replace(/^\uFEFF/u, '').replace(/\r?\n/g, '\r\n');
  return Buffer.concat([UTF8_BOM, Buffer.from(body, 'utf8')]);
}

/** `sha256sum` format; paths relative to the folder `depth` levels down, with forward slashes. */
function sums(files: readonly PlannedFile[], depth: number): Buffer {
  const lines = files.map(
    (f) =>
      `${createHash('sha256').update(f.data).digest('hex')}  ${[...f.dir.slice(depth), f.name].join('/')}`,
  );
  return Buffer.from(`${lines.join('\n')}\n`);
}
