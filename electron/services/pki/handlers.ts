import { promises as fsp } from 'node:fs';
import type forge from 'node-forge';
import { AppErrorException, appError } from '../../../core/errors';
import type {
  CertArgsOf,
  CertChannel,
  CertProgress,
  CertResultOf,
  HubCertView,
  HubGenerateOutcome,
} from '../../../core/ipc/cert-channels';
import { exportBundle } from '../bundle/export';
import { verifyBundle } from '../bundle/verify';
import { listExportTargets, type DriveProbe } from '../files/drives';
import type { DurableFs } from '../files/durable-fs';
import type { KeyVault, VaultListing } from '../vault/vault';
import { generateSite, generateSiteCa, type GenerationProgress } from './generate';
import { inspectBytes } from './inspect';
import { pkiProfile, siteProfile } from './profile-names';
import { MAX_PKI_FILE_BYTES } from './pfx-read';
import type { KeyBits, PkiEffects } from './types';

export { pkiProfile, siteProfile };

/** One function per certificate channel, taking the already validated argument. */
export type CertHandlers = {
  readonly [C in CertChannel]: (args: CertArgsOf<C>) => Promise<CertResultOf<C>>;
};

/** What the certificate handlers need; the app and tests inject their own. */
export interface CertHandlerDeps extends PkiEffects {
  readonly vault: KeyVault;
  /** Reads a file chosen in the inspector (default: fs.readFile, refusing files > 1 MiB). */
  readonly readFile?: (path: string) => Promise<Buffer>;
  /** Receives per-hub progress during cert:generate (the app forwards it to the window). */
  readonly onProgress?: (p: GenerationProgress) => void;
  /** File system for bundle export (tests inject faults); default: the real one. */
  readonly bundleFs?: DurableFs;
  /** OS drive look-ups for bundle:targets (default: the real OS). */
  readonly driveProbe?: DriveProbe;
  /** Free bytes at a folder, or null when unknown (default: statfs). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
}

function view(l: VaultListing): HubCertView {
  return {
    hubId: l.hubId,
    profile: siteProfile(l.profile),
    friendlyName: l.friendlyName,
    metadata: l.metadata,
  };
}

function caCommonName(cert: forge.pki.Certificate): string | null {
  const cn = cert.subject.getField('CN') as { value?: unknown } | null;
  return typeof cn?.value === 'string' ? cn.value : null;
}

async function readCapped(path: string): Promise<Buffer> {
  const st = await fsp.stat(path);
  if (st.size > MAX_PKI_FILE_BYTES) {
    throw new AppErrorException(
      appError(
        'file-too-large',
        'path',
        'The file is larger than 1 MiB: not a certificate or PFX file.',
      ),
    );
  }
  return fsp.readFile(path);
}

/** Builds the handlers for certChannels; results carry metadata only, never keys or passwords. */
export function createCertHandlers(deps: CertHandlerDeps): CertHandlers {
  const readFile = deps.readFile ?? readCapped;
  // The renderer polls cert:progress while cert:generate runs (the contract is request/answer only).
  let progress: CertProgress = { running: false, done: 0, total: 0, last: null };
  const onProgress = (p: GenerationProgress): void => {
    progress = {
      running: true,
      done: p.done,
      total: p.total,
      last: { hubId: p.hubId, stage: p.stage },
    };
    deps.onProgress?.(p);
  };
  const fx: PkiEffects = { now: deps.now, randomBytes: deps.randomBytes };
  return {
    'cert:generate': async (a) => {
      progress = { running: true, done: 0, total: a.hubs.length, last: null };
      // One site root for the whole site: an existing one is reused, so later hubs chain to it too,
      // but only when it is this site's root (same subject CN); another site's root never signs.
      const stored = deps.vault.getCa();
      const reusable =
        a.siteCa && stored && caCommonName(stored.cert) === a.siteCa.commonName ? stored : null;
      const ca = a.siteCa
        ? (reusable ??
          (await generateSiteCa(
            a.siteCa.commonName,
            Math.max(a.validityDays + 365, 1825),
            Math.max(a.keySize, 2048),
            fx,
          )))
        : null;
      const results = await generateSite(
        a.hubs.map((h) => ({
          hubId: h.hubId,
          request: {
            fqdn: h.fqdn,
            sans: h.sans,
            bits: a.keySize as KeyBits,
            days: a.validityDays,
            profile: pkiProfile(h.profile),
            friendlyName: h.friendlyName ?? `Riverbed SMTP ${h.fqdn.split('.')[0] ?? h.fqdn}`,
            legacyKeyAllowed: a.legacyKeyAllowed,
          },
        })),
        a.password,
        fx,
        ca,
        onProgress,
      ).finally(() => {
        progress = { ...progress, running: false };
      });
      const hubs: HubGenerateOutcome[] = [];
      for (const [hubId, r] of results) {
        if ('code' in r) {
          hubs.push({
            hubId,
            ok: false,
            error: { code: r.code, field: r.field, message: r.message },
          });
          continue;
        }
        deps.vault.put(hubId, r, a.password);
        hubs.push({
          hubId,
          ok: true,
          cert: view({
            hubId,
            profile: r.profile,
            friendlyName: r.request.friendlyName,
            metadata: r.metadata,
          }),
          warnings: r.warnings,
        });
      }
      if (ca) deps.vault.setCa(ca);
      const saved = await deps.vault.save();
      if (!saved.ok) throw new AppErrorException(saved.error);
      return {
        hubs,
        siteCa: ca?.metadata ?? null,
        persisted: saved.value.persisted,
        note: saved.value.note,
      };
    },
    'cert:progress': async () => progress,
    'cert:list': async () => ({
      hubs: deps.vault.list().map(view),
      siteCa: deps.vault.getCa()?.metadata ?? null,
      storage: deps.vault.protectorKind,
      vaultNote: deps.vault.loadNote,
    }),
    'cert:inspect': async (a) => {
      const bytes = await readFile(a.path);
      const r = inspectBytes(bytes, a.path.split(/[\\/]/).pop() ?? a.path, {
        password: a.password,
        target: a.target ? pkiProfile(a.target) : null,
        now: deps.now(),
      });
      if (!r.ok) throw new AppErrorException(r.error);
      return r.value;
    },
    'cert:inspect-bytes': async (a) => {
      const r = inspectBytes(Buffer.from(a.base64, 'base64'), a.name, {
        password: a.password,
        target: a.target ? pkiProfile(a.target) : null,
        now: deps.now(),
      });
      if (!r.ok) throw new AppErrorException(r.error);
      return r.value;
    },
    'bundle:export': async (a) =>
      exportBundle(a.site, deps.vault, a, {
        now: deps.now,
        fs: deps.bundleFs,
        freeBytes: deps.freeBytes,
      }),
    'bundle:targets': async () => listExportTargets(deps.driveProbe),
    'bundle:verify': async (a) => verifyBundle(a.folder, deps.vault, deps.bundleFs),
  };
}
