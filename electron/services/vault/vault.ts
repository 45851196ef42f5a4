import { join } from 'node:path';
import forge from 'node-forge';
import { appError, type Result } from '../../../core/errors';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { errnoCode } from '../files/errors';
import { writeFileDurable } from '../files/write-durable';
import type { CertMetadata, HubCertView } from '../../../core/certificates/metadata';
import { parsePfxProfile, type PfxProfile } from '../../../core/certificates/profile';
import type { CertRequest } from '../../../core/certificates/request';
import { certificateDer, certificateFromDer, thumbprintSha1 } from '../pki/certificate';
import type { GeneratedHub, SiteCa } from '../pki/generate';
import { rsaKeyFromPem, type RsaKey } from '../pki/keygen';
import { certificateMetadata } from '../pki/metadata';
import type { Protector } from './protector';

/** A hub's secret material, held in main only. */
export interface VaultEntry {
  readonly hubId: string;
  readonly request: CertRequest;
  readonly key: RsaKey;
  /** Leaf first, then the site CA when one signed it. */
  readonly chain: readonly forge.pki.Certificate[];
  readonly password: string;
  readonly profile: PfxProfile;
  readonly metadata: CertMetadata;
}

/** What may leave main about a stored hub: metadata only, with the thumbprint of the CA that signed it. */
export function viewOf(e: VaultEntry): HubCertView {
  const issuer = e.chain[1];
  return {
    hubId: e.hubId,
    profile: e.profile,
    friendlyName: e.request.friendlyName,
    metadata: e.metadata,
    signedBy: issuer ? thumbprintSha1(certificateDer(issuer)) : null,
  };
}

/** Vault files before one PFX-profile vocabulary said `legacy`/`modern`: read them as the ids. */
function sealedRequest(request: CertRequest): CertRequest {
  const profile = parsePfxProfile(String(request.profile));
  if (profile === null) throw new Error('unknown PFX profile');
  return { ...request, profile };
}

interface Sealed {
  readonly version: 1;
  readonly hubs: {
    hubId: string;
    request: CertRequest;
    keyPem: string;
    chainDer: string[];
    password: string;
  }[];
  readonly ca: { keyPem: string; certDer: string } | null;
}

/** Where and how the vault persists. */
interface VaultDeps {
  readonly protector: Protector;
  readonly dir: string;
  readonly fileName?: string;
  readonly fs?: DurableFs;
  /** Allow persisting with a 'weak' protector (Linux without a keyring); default false. */
  readonly allowWeak?: boolean;
}

const derB64 = (c: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary').toString(
    'base64',
  );
const fromB64 = (s: string) => certificateFromDer(Buffer.from(s, 'base64'));

/** In-memory key store for main with encrypted persistence through the injected protector. */
export class KeyVault {
  private readonly hubs = new Map<string, VaultEntry>();
  private ca: SiteCa | null = null;
  /**
   * Set when load() failed for any reason but a missing file: the file on disk may still hold
   * keys this session could not read, so save() never replaces it (keys stay in memory only).
   */
  private loadProblem: string | null = null;
  constructor(private readonly deps: VaultDeps) {}

  /** Why stored keys were not loaded and what to do, or null when the load went well. */
  get loadNote(): string | null {
    return this.loadProblem;
  }

  /** Stores a generated hub with its PFX password (replacing an earlier one for the hub). */
  put(hubId: string, hub: GeneratedHub, password: string): void {
    this.hubs.set(hubId, {
      hubId,
      request: hub.request,
      key: hub.key,
      chain: hub.chain,
      password,
      profile: hub.profile,
      metadata: hub.metadata,
    });
  }

  /** Secret material of one hub, for services in main (bundle export). */
  get(hubId: string): VaultEntry | undefined {
    return this.hubs.get(hubId);
  }

  remove(hubId: string): boolean {
    return this.hubs.delete(hubId);
  }

  setCa(ca: SiteCa | null): void {
    this.ca = ca;
  }

  getCa(): SiteCa | null {
    return this.ca;
  }

  /** Metadata of every hub: the only view the renderer gets. */
  list(): HubCertView[] {
    return [...this.hubs.values()].map(viewOf);
  }

  get protectorKind(): Protector['kind'] {
    return this.deps.protector.kind;
  }

  /** Encrypts and writes the vault; with no usable protector, keys stay in memory for this run. */
  async save(): Promise<Result<{ persisted: boolean; note: string | null }>> {
    if (this.loadProblem !== null)
      return { ok: true, value: { persisted: false, note: this.loadProblem } };
    const kind = this.deps.protector.kind;
    if (kind === 'unavailable' || (kind === 'weak' && !this.deps.allowWeak)) {
      return {
        ok: true,
        value: {
          persisted: false,
          note: 'This computer cannot encrypt stored keys, so they are kept for this session only: export the bundle before closing the app.',
        },
      };
    }
    const sealed: Sealed = {
      version: 1,
      hubs: [...this.hubs.values()].map((e) => ({
        hubId: e.hubId,
        request: e.request,
        keyPem: e.key.privateKeyPem,
        chainDer: e.chain.map(derB64),
        password: e.password,
      })),
      ca: this.ca ? { keyPem: this.ca.key.privateKeyPem, certDer: derB64(this.ca.cert) } : null,
    };
    const blob = await this.deps.protector.encrypt(Buffer.from(JSON.stringify(sealed), 'utf8'));
    const r = await writeFileDurable(this.deps.dir, this.fileName, blob, {
      overwrite: true,
      mode: 0o600,
      fs: this.deps.fs,
    });
    return r.ok ? { ok: true, value: { persisted: true, note: null } } : r;
  }

  /**
   * Loads the encrypted vault written by save(); a missing file is an empty vault. Any other
   * failure (read error such as an antivirus lock, decryption, damaged content) leaves the vault
   * empty and marks it so save() never replaces the file: see loadNote.
   */
  async load(): Promise<Result<{ hubs: number }>> {
    const fs = this.deps.fs ?? nodeDurableFs;
    const path = join(this.deps.dir, this.fileName);
    const sessionOnly =
      'Certificates generated now are kept for this session only (the stored file is not overwritten): export the bundle before closing the app.';
    let blob: Buffer;
    try {
      blob = await fs.readFile(path);
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'ENOENT') {
        this.loadProblem = null;
        return { ok: true, value: { hubs: 0 } };
      }
      return this.loadFailed(
        `The stored keys in ${path} could not be read (${code || 'unknown error'}); another program such as antivirus may be holding the file. ${sessionOnly} Restart the app to load the stored keys again.`,
      );
    }
    let hubs: Map<string, VaultEntry>;
    let ca: SiteCa | null = null;
    try {
      const sealed = JSON.parse(
        (await this.deps.protector.decrypt(blob)).toString('utf8'),
      ) as Sealed;
      if (sealed?.version !== 1 || !Array.isArray(sealed.hubs)) throw new Error('version');
      hubs = new Map();
      for (const h of sealed.hubs) {
        const chain = h.chainDer.map(fromB64);
        const leaf = chain[0];
        if (!leaf) continue;
        const request = sealedRequest(h.request);
        hubs.set(h.hubId, {
          hubId: h.hubId,
          request,
          key: rsaKeyFromPem(h.keyPem),
          chain,
          password: h.password,
          profile: request.profile,
          metadata: certificateMetadata(leaf),
        });
      }
      if (sealed.ca) {
        const cert = fromB64(sealed.ca.certDer);
        ca = { cert, key: rsaKeyFromPem(sealed.ca.keyPem), metadata: certificateMetadata(cert) };
      }
    } catch {
      // Keep the unreadable file under another name as well, so nothing can overwrite it.
      const aside = `${this.fileName}.unreadable-${Date.now()}`;
      const kept = await fs.rename(path, join(this.deps.dir, aside)).then(
        () => true,
        () => false,
      );
      return this.loadFailed(
        `Stored keys could not be decrypted or read (another user account or computer, or a damaged file); ${kept ? `the old file was kept as ${aside}` : `the old file is left in place at ${path}`}. ${sessionOnly} Generate the certificates again after restarting the app.`,
      );
    }
    this.hubs.clear();
    for (const [id, e] of hubs) this.hubs.set(id, e);
    this.ca = ca;
    this.loadProblem = null;
    return { ok: true, value: { hubs: this.hubs.size } };
  }

  private loadFailed(message: string): Result<{ hubs: number }> {
    this.hubs.clear();
    this.ca = null;
    this.loadProblem = message;
    return { ok: false, error: appError('vault-unreadable', '', message) };
  }

  private get fileName(): string {
    return this.deps.fileName ?? 'key-vault.bin';
  }
}
