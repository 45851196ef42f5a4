import { createHash, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';
import { hubBundleLayout, type BundleLayoutEntry } from '../../../core/certificates/bundle-layout';
import type { BundleContents } from '../../../core/certificates/bundle-state';
import type { HubCertView } from '../../../core/certificates/metadata';
import { appError } from '../../../core/errors';
import {
  installScript,
  scriptInputsDigest,
  type installScriptPlan,
  type Plan,
} from '../../../core/plan';
import { collectorScript } from '../../../core/verification/collector';
import type { Hub, Site } from '../../../core/site';
import { sanitizeFileName } from '../files/safe-name';
import { certificateDer, thumbprintSha1 } from '../pki/certificate';
import { buildPfx } from '../pki/pfx-build';
import { openPfx } from '../pki/pfx-read';
import { viewOf, type KeyVault, type VaultEntry } from '../vault/vault';
import { fail, type BundleOptions, type PlannedFile } from './types';
import { hubReadme } from './readme';

/** What one hub's folder is planned from. */
interface HubFilesInput {
  readonly site: Site;
  readonly hub: Hub;
  readonly vault: KeyVault;
  /** The site's plan with the default command options (steps for the README, script digest). */
  readonly plan: Plan;
  /** Partners whose current certificate goes into public/ (core `bundlePartners`). */
  readonly partners: readonly { hub: Hub; cert: HubCertView }[];
  /** Thumbprints of current certificates, for the install script. */
  readonly thumbprints: Readonly<Record<string, string>>;
  /** The site planned once in script mode for every hub's install script. */
  readonly scriptPlan: ReturnType<typeof installScriptPlan>;
  readonly options: BundleOptions;
  readonly now: Date;
}

/** A name core's layout produced, refused if a Windows or FAT drive could not hold it. */
function safe(name: string): string {
  if (sanitizeFileName(name) !== name)
    fail(
      appError(
        'file-name-invalid',
        'site',
        `"${name}" cannot be used as a file name on a Windows or FAT drive.`,
      ),
    );
  return name;
}

/** UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without it in the ANSI code page. */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The bytes of a .ps1 file: UTF-8 with a BOM and CRLF line ends. Without the BOM, Windows
 * PowerShell 5.1 (every Exchange Management Shell) decodes it as cp1252, so a non-ASCII name turns
 * into other characters, some of which (U+2018, U+201A) PowerShell treats as quotes.
 */
function powershellScriptBytes(content: string): Buffer {
  const body = content.replace(/^\uFEFF/u, '').replace(/\r?\n/g, '\r\n');
  return Buffer.concat([UTF8_BOM, Buffer.from(body, 'utf8')]);
}

/** `sha256sum` format; paths relative to the folder `depth` levels down, with forward slashes. */
export function sums(files: readonly PlannedFile[], depth: number): Buffer {
  const lines = files.map(
    (f) =>
      `${createHash('sha256').update(f.data).digest('hex')}  ${[...f.dir.slice(depth), f.name].join('/')}`,
  );
  return Buffer.from(`${lines.join('\n')}\n`);
}

function pemKey(entry: VaultEntry, plain: boolean): Buffer {
  const key = createPrivateKey(entry.key.privateKeyPem);
  return Buffer.from(
    plain
      ? (key.export({ type: 'pkcs8', format: 'pem' }) as string)
      : (key.export({
          type: 'pkcs8',
          format: 'pem',
          cipher: 'aes-256-cbc',
          passphrase: entry.password,
        }) as string),
  );
}

/**
 * One hub's folder, file by file as core's layout lists it: the bytes of each entry, what the
 * folder holds (for the export's record) and what the user should know.
 */
export function planHubFiles(input: HubFilesInput): {
  files: PlannedFile[];
  contents: BundleContents;
  warnings: string[];
} {
  const { site, hub, vault, options: o } = input;
  const entry = vault.get(hub.id)!;
  const leaf = entry.chain[0]!;
  const issuer = entry.chain[1] ?? null;
  const pem = o.includePemKey ? (o.pemKeyUnencrypted ? 'plain' : 'encrypted') : 'none';
  const layout = hubBundleLayout(hub, {
    partners: input.partners.map((p) => p.hub),
    siteCa: issuer !== null,
    pemKey: pem,
  });
  const script = installScript(site, hub.id, {
    now: input.now,
    thumbprints: input.thumbprints,
    scriptPlan: input.scriptPlan,
  });
  if (!script.ok) return fail(script.error);
  const siteCaThumbprint = issuer ? thumbprintSha1(certificateDer(issuer)) : null;
  const collector = collectorScript(
    input.plan,
    hub.id,
    { thumbprints: input.thumbprints, siteCaThumbprint },
    input.now,
  );
  const root = safe(hub.fqdn);
  const files: PlannedFile[] = [];
  const bytesOf = (e: BundleLayoutEntry): Pick<PlannedFile, 'data' | 'verify'> => {
    switch (e.role) {
      case 'pfx':
        return {
          data: buildPfx(entry.key, entry.chain, entry.password, {
            profile: entry.profile,
            friendlyName: entry.request.friendlyName,
          }),
          verify: (b) => {
            if (!openPfx(b, entry.password).privateKey) throw new Error('PFX without key');
          },
        };
      case 'pem-key':
        return { data: pemKey(entry, pem === 'plain') };
      case 'certificate-der':
        return { data: certificateDer(leaf) };
      case 'certificate-pem':
        return { data: Buffer.from(forge.pki.certificateToPem(leaf)) };
      case 'partner-certificate':
        return { data: certificateDer(vault.get(e.hubId ?? '')!.chain[0]!) };
      case 'site-ca':
        return { data: certificateDer(issuer!) };
      case 'install-script':
        return { data: powershellScriptBytes(script.value.content) };
      case 'collector-script':
        return { data: powershellScriptBytes(collector) };
      case 'readme':
        return {
          data: Buffer.from(
            hubReadme(site, hub, viewOf(entry), layout, input.plan, input.partners),
          ),
        };
      case 'checksums':
        return { data: sums(files, 1) };
    }
  };
  for (const e of layout) {
    const planned = bytesOf(e);
    files.push({ dir: [root, ...e.folder], name: safe(e.name), secret: e.secret, ...planned });
  }
  return {
    files,
    contents: {
      hubId: hub.id,
      thumbprint: entry.metadata.thumbprint,
      siteCa: siteCaThumbprint,
      partners: input.partners.map((p) => ({
        hubId: p.hub.id,
        thumbprint: p.cert.metadata.thumbprint,
      })),
      scriptDigest: scriptInputsDigest(input.plan, hub.id),
    },
    warnings:
      pem === 'plain'
        ? [
            `${hub.fqdn}: the PEM key is NOT encrypted on the stick; delete it after loading it on the SteelHead.`,
          ]
        : [],
  };
}
