import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCertificate } from '../../../../electron/services/pki/certificate';
import { generateRsaKey, type RsaKey } from '../../../../electron/services/pki/keygen';
import { sansOf } from '../../../../electron/services/pki/metadata';
import { buildPfx } from '../../../../electron/services/pki/pfx-build';
import { openPfx } from '../../../../electron/services/pki/pfx-read';
import { isHostName } from '../../../../core/certificates/request';

const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc.array(label, { minLength: 2, maxLength: 4 }).map((l) => l.join('.'));
let key: RsaKey;
beforeAll(async () => {
  key = await generateRsaKey(2048);
});

describe('P3: generate → PFX → parse keeps names, key and friendly name', () => {
  it('for host names the validator accepts; a sample also passes openssl -verify_hostname', async () => {
    let sampled = 0;
    await fc.assert(
      fc.asyncProperty(host, fc.array(host, { maxLength: 3 }), async (fqdn, extra) => {
        fc.pre(isHostName(fqdn) && extra.every(isHostName));
        const names = [...new Set([fqdn, ...extra])];
        const cert = await buildCertificate(
          { commonName: fqdn, dnsNames: names, days: 30, kind: 'self-signed-leaf' },
          key,
          null,
          fx,
        );
        const opened = openPfx(
          buildPfx(key, [cert], 'Property-Pw-1234', {
            profile: 'windows-legacy',
            friendlyName: fqdn.slice(0, 64),
          }),
          'Property-Pw-1234',
        );
        expect(sansOf(opened.certificates[0]!)).toEqual(names);
        expect(opened.friendlyName).toBe(fqdn.slice(0, 64));
        expect((opened.privateKey as forge.pki.rsa.PrivateKey).n.equals(key.publicKey.n)).toBe(
          true,
        );
        if (sampled++ < 3) {
          const pem = forge.pki.certificateToPem(cert);
          const r = spawnSync(
            'sh',
            [
              '-c',
              'f=$(mktemp); cat > "$f"; openssl verify -x509_strict -verify_hostname "$H" -CAfile "$f" "$f"; s=$?; rm -f "$f"; exit $s',
            ],
            { input: pem, env: { ...process.env, H: names.at(-1)! } },
          );
          expect(r.status, String(r.stdout) + String(r.stderr)).toBe(0);
        }
      }),
      { numRuns: 25 },
    );
  });
});
