import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHub, type GeneratedHub } from '../../../../electron/services/pki/generate';
import { inspectBytes } from '../../../../electron/services/pki/inspect';
import { inspectOffThread } from '../../../../electron/services/pki/inspect-off-thread';
import { MAX_PFX_ITERATIONS } from '../../../../electron/services/pki/pfx-read';

const now = new Date();
const PW = 'Worker-Pfx-Pw-42';
let hub: GeneratedHub;

beforeAll(async () => {
  hub = await generateHub(
    {
      fqdn: 'hub03.contoso.local',
      sans: [],
      bits: 2048,
      days: 365,
      profile: 'windows-legacy',
      friendlyName: 'hub03',
      legacyKeyAllowed: false,
    },
    PW,
    { now: () => now, randomBytes: (n: number) => randomBytes(n) },
  );
});

/** A real PFX whose key bag and certificates use `count` iterations (forge derives them all). */
function pfxWithCount(count: number): Buffer {
  const key = forge.pki.privateKeyFromPem(hub.key.privateKeyPem);
  const p12 = forge.pkcs12.toPkcs12Asn1(key, hub.cert, PW, { algorithm: '3des', count });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

describe('inspection in a worker thread', () => {
  it('returns the same report as inspecting in place (a normal PFX, password checked)', async () => {
    const r = await inspectOffThread({
      bytes: hub.pfx,
      name: 'hub03.pfx',
      password: PW,
      target: 'windows-legacy',
      nowMs: now.getTime(),
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.kind).toBe('pfx');
    expect(r.value.passwordOk).toBe(true);
    expect(r.value.keyMatchesCert).toBe(true);
    const inPlace = inspectBytes(hub.pfx, 'hub03.pfx', {
      password: PW,
      target: 'windows-legacy',
      now,
    });
    expect(r).toEqual(inPlace);
  });

  it('says "took too long", naming the file field, and the caller keeps running meanwhile', async () => {
    // At the cap: allowed, but three derivations of 200,000 iterations in pure JS take seconds.
    const slow = pfxWithCount(MAX_PFX_ITERATIONS);
    let ticks = 0;
    const tick = setInterval(() => (ticks += 1), 10);
    const r = await inspectOffThread(
      { bytes: slow, name: 'slow.pfx', password: PW, target: null, nowMs: now.getTime() },
      400,
    );
    clearInterval(tick);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('inspect-timeout');
      expect(r.error.field).toBe('file');
      expect(r.error.message).toContain('slow.pfx took too long');
    }
    // The event loop of the caller ran while the worker derived keys.
    expect(ticks).toBeGreaterThan(5);
  });

  it("refuses a file that is not a certificate with the reader's message", async () => {
    const r = await inspectOffThread({
      bytes: Buffer.from('not a certificate'),
      name: 'junk.bin',
      target: null,
      nowMs: now.getTime(),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('file-unreadable');
  });
});
