import { createPrivateKey, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHub, type GeneratedHub } from '../../../../electron/services/pki/generate';
import { inspectBytes } from '../../../../electron/services/pki/inspect';
import { MAX_PFX_ITERATIONS, openPfx } from '../../../../electron/services/pki/pfx-read';

const now = new Date();
const PW = 'Nested-Pfx-Pw-42';
let hub: GeneratedHub;

beforeAll(async () => {
  hub = await generateHub(
    {
      fqdn: 'hub02.contoso.local',
      sans: [],
      bits: 2048,
      days: 365,
      profile: 'windows-legacy',
      friendlyName: 'hub02',
      legacyKeyAllowed: false,
    },
    PW,
    { now: () => now, randomBytes: (n: number) => randomBytes(n) },
  );
});

type Asn1 = forge.asn1.Asn1;
const { asn1 } = forge;
const kids = (n: Asn1 | undefined): Asn1[] => (n && Array.isArray(n.value) ? n.value : []);
const der = (n: Asn1) => Buffer.from(asn1.toDer(n).getBytes(), 'binary');
const seq = (v: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, v);
const oid = (o: string | undefined) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o ?? '').getBytes());
const int = (v: number) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(v).getBytes());
const octet = (bytes: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes);
const explicit0 = (v: Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [v]);

/** Replaces the iteration count of a PKCS#12 PBE AlgorithmIdentifier ({oid, {salt, count}}). */
function setCount(algId: Asn1 | undefined, count: number): void {
  const params = kids(algId)[1];
  (params?.value as Asn1[])[1] = int(count);
}

/**
 * A PFX whose shrouded key bag sits INSIDE the encrypted part (encryptedData), as some tools
 * write them: the key bag's iteration count can only be read after the outer part is decrypted.
 */
function nestedPfx(keyIterations: number): Buffer {
  const key = forge.pki.privateKeyFromPem(hub.key.privateKeyPem);
  const shrouded = forge.pki.encryptPrivateKeyInfo(
    forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)),
    PW,
    { algorithm: '3des', count: 2048 },
  );
  // The count is changed after encryption: the file is then undecryptable, which is fine, the
  // point is that nothing may start deriving with it.
  if (keyIterations !== 2048) setCount(kids(shrouded)[0], keyIterations);
  const keyBag = seq([oid(forge.pki.oids.pkcs8ShroudedKeyBag), explicit0(shrouded)]);
  const certBag = seq([
    oid(forge.pki.oids.certBag),
    explicit0(
      seq([
        oid(forge.pki.oids.x509Certificate),
        explicit0(octet(asn1.toDer(forge.pki.certificateToAsn1(hub.cert)).getBytes())),
      ]),
    ),
  ]);
  // Encrypt the SafeContents the way forge encrypts a key: same PBE, same parameters layout.
  const enc = forge.pki.encryptPrivateKeyInfo(seq([keyBag, certBag]), PW, {
    algorithm: '3des',
    count: 2048,
  });
  const [algId, encrypted] = kids(enc);
  const encryptedData = seq([
    int(0),
    seq([
      oid(forge.pki.oids.data),
      algId as Asn1,
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, encrypted?.value as string),
    ]),
  ]);
  const authSafe = seq([seq([oid(forge.pki.oids.encryptedData), explicit0(encryptedData)])]);
  return der(
    seq([
      int(3),
      seq([oid(forge.pki.oids.data), explicit0(octet(asn1.toDer(authSafe).getBytes()))]),
    ]),
  );
}

describe('a PFX with its key bag inside the encrypted part', () => {
  it('opens normally at an ordinary count (the builder makes a readable file)', () => {
    const p = openPfx(nestedPfx(2048), PW);
    expect(p.privateKey).not.toBeNull();
    expect(p.certificates).toHaveLength(1);
  });

  it('is refused before deriving when the nested key bag asks for 3,000,000 iterations', () => {
    const bytes = nestedPfx(3_000_000);
    expect(() => openPfx(bytes, PW)).toThrow(/3000000 key-derivation iterations.*200000/u);
    const r = inspectBytes(bytes, 'nested.pfx', { password: PW, now });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('file');
      expect(r.error.code).toBe('pfx-too-costly');
      expect(r.error.message).toContain(String(MAX_PFX_ITERATIONS));
    }
  });

  it('is refused for a nested count near 2^31', () => {
    expect(() => openPfx(nestedPfx(2 ** 31 - 1), PW)).toThrow(/iterations/u);
  });
});

/** An encrypted PKCS#8 PEM key (PBES2/PBKDF2) with its iteration count rewritten. */
function pkcs8PemWithIterations(count: number): string {
  const pem = createPrivateKey(hub.key.privateKeyPem).export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: PW,
  }) as string;
  const body = pem.replace(/-----[^-]+-----|\s/gu, '');
  const epki = asn1.fromDer(Buffer.from(body, 'base64').toString('binary'));
  // EncryptedPrivateKeyInfo { {PBES2, {{PBKDF2, {salt, count, ...}}, cipher}}, data }
  const pbkdf2Params = kids(kids(kids(kids(epki)[0])[1])[0])[1];
  (pbkdf2Params?.value as Asn1[])[1] = int(count);
  const b64 = Buffer.from(asn1.toDer(epki).getBytes(), 'binary').toString('base64');
  return `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${b64.replace(/.{64}/gu, '$&\n')}\n-----END ENCRYPTED PRIVATE KEY-----\n`;
}

describe('an encrypted PEM key that asks for absurd work', () => {
  it('is refused with the field and the limit, before OpenSSL derives a key', () => {
    const pem = `${forge.pki.certificateToPem(hub.cert)}${pkcs8PemWithIterations(3_000_000)}`;
    const r = inspectBytes(Buffer.from(pem), 'slow.pem', { password: PW, now });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('file');
      expect(r.error.code).toBe('pem-key-too-costly');
      expect(r.error.message).toContain('3000000');
      expect(r.error.message).toContain(String(MAX_PFX_ITERATIONS));
    }
  });

  it('still opens an ordinary encrypted PEM key and checks it against the certificate', () => {
    const pem = `${forge.pki.certificateToPem(hub.cert)}${pkcs8PemWithIterations(2048)}`;
    const r = inspectBytes(Buffer.from(pem), 'ok.pem', { password: PW, now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.passwordOk).toBe(true);
    expect(r.value.keyMatchesCert).toBe(true);
  });
});
