import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHub, type GeneratedHub } from '../../../../electron/services/pki/generate';
import { inspectBytes } from '../../../../electron/services/pki/inspect';
import { MAX_PFX_ITERATIONS, openPfx } from '../../../../electron/services/pki/pfx-read';

const now = new Date();
const PW = 'Hostile-Pfx-Pw-42';
let hub: GeneratedHub;

beforeAll(async () => {
  hub = await generateHub(
    {
      fqdn: 'hub01.contoso.local',
      sans: [],
      bits: 2048,
      days: 365,
      profile: 'windows-legacy',
      friendlyName: 'hub01',
      legacyKeyAllowed: false,
    },
    PW,
    { now: () => now, randomBytes: (n: number) => randomBytes(n) },
  );
});

type Asn1 = forge.asn1.Asn1;
const kids = (n: Asn1 | undefined): Asn1[] => (n && Array.isArray(n.value) ? n.value : []);

/** A PFX built by forge, as an ASN.1 tree we can tamper with before serialising. */
function pfxAsn1(password: string | null, useMac = true): Asn1 {
  const key = forge.pki.privateKeyFromPem(hub.key.privateKeyPem);
  return forge.pkcs12.toPkcs12Asn1(key, hub.cert, password, {
    algorithm: '3des',
    useMac,
    count: 2048,
  });
}
const der = (n: Asn1) => Buffer.from(forge.asn1.toDer(n).getBytes(), 'binary');
const integer = (v: number) =>
  forge.asn1.create(
    forge.asn1.Class.UNIVERSAL,
    forge.asn1.Type.INTEGER,
    false,
    forge.asn1.integerToDer(v).getBytes(),
  );

/** Sets the MAC iteration count (the third field of MacData). */
function withMacIterations(n: Asn1, count: number): Asn1 {
  const macData = kids(n)[2];
  if (!macData) throw new Error('no MacData');
  (macData.value as Asn1[])[2] = integer(count);
  return n;
}

/** Sets the iteration count of the shrouded key bag's PBE parameters. */
function withKeyIterations(n: Asn1, count: number): Asn1 {
  const authSafe = forge.asn1.fromDer(kids(kids(kids(n)[1])[1])[0]?.value as string);
  for (const ci of kids(authSafe)) {
    if (forge.asn1.derToOid(kids(ci)[0]?.value as string) !== forge.pki.oids.data) continue;
    const safe = forge.asn1.fromDer(kids(kids(ci)[1])[0]?.value as string);
    const bag = kids(safe)[0];
    const bagId = forge.asn1.derToOid(kids(bag)[0]?.value as string);
    if (bagId !== forge.pki.oids.pkcs8ShroudedKeyBag) continue;
    const params = kids(kids(kids(kids(bag)[1])[0])[0])[1];
    (params?.value as Asn1[])[1] = integer(count);
    (kids(kids(ci)[1])[0] as Asn1).value = forge.asn1.toDer(safe).getBytes();
  }
  (kids(kids(kids(n)[1])[1])[0] as Asn1).value = forge.asn1.toDer(authSafe).getBytes();
  return n;
}

describe('a PFX that asks for absurd work', () => {
  it('is refused, naming the file field, before any key is derived (MAC count 3,000,000)', () => {
    const bytes = der(withMacIterations(pfxAsn1(PW), 3_000_000));
    const r = inspectBytes(bytes, 'slow.pfx', { password: PW, now });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('file');
      expect(r.error.message).toContain('3000000');
    }
  });

  it('is refused for a key-bag count near 2^31, with or without a password', () => {
    const bytes = der(withKeyIterations(pfxAsn1(PW), 2 ** 31 - 1));
    expect(inspectBytes(bytes, 'k.pfx', { now }).ok).toBe(false);
    expect(inspectBytes(bytes, 'k.pfx', { password: PW, now }).ok).toBe(false);
    expect(() => openPfx(bytes, PW)).toThrow(/iterations/u);
  });

  it('still opens a file at the cap', () => {
    const bytes = der(withKeyIterations(pfxAsn1(PW, false), MAX_PFX_ITERATIONS));
    const r = inspectBytes(bytes, 'cap.pfx', { now });
    expect(r.ok).toBe(true);
  });
});

describe('a PFX with a plain key bag and no MAC', () => {
  it('reports the key as present and lints it as stored unencrypted', () => {
    const r = inspectBytes(der(pfxAsn1(null, false)), 'plain.pfx', { now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hasPrivateKey).toBe(true);
    expect(r.value.pfx?.plainKeyBags).toBe(1);
    const finding = r.value.lint.find((l) => l.code === 'unencrypted-key');
    expect(finding?.severity).toBe('error');
  });

  it('never calls a password correct when no MAC checked it', () => {
    const r = inspectBytes(der(pfxAsn1(null, false)), 'plain.pfx', { password: 'wrong', now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.passwordOk).not.toBe(true);
    expect(r.value.lint.map((l) => l.code)).toContain('no-mac');
  });

  it('still says correct when a MAC checked the password', () => {
    const r = inspectBytes(der(pfxAsn1(PW)), 'ok.pfx', { password: PW, now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.passwordOk).toBe(true);
    expect(r.value.hasPrivateKey).toBe(true);
  });
});
