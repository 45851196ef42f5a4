import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRsaKey, signSha256, type RsaKey } from '../../electron/services/pki/keygen';
import { requireTool, run, scratch } from './tools';

const { dir, cleanup } = scratch();
let key: RsaKey;
beforeAll(async () => {
  requireTool('openssl');
  key = await generateRsaKey(2048);
  writeFileSync(join(dir, 'k.pem'), key.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(dir, 'msg.bin'), 'Secure SMTP Runbook known-answer message\n');
});
afterAll(cleanup);

describe('K4: deterministic RSA PKCS#1 v1.5 / SHA-256 signatures', () => {
  it('our signature (node:crypto, used for certificates) is byte-identical to openssl dgst -sign and to forge', async () => {
    const msg = Buffer.from('Secure SMTP Runbook known-answer message\n');
    const ours = await signSha256(msg, key.keyObject);
    const peer = run('sh', [
      '-c',
      `cd "${dir}" && openssl dgst -sha256 -sign k.pem msg.bin | od -An -tx1 | tr -d ' \\n'`,
    ]);
    expect(ours.toString('hex')).toBe(peer.stdout.trim());
    const md = forge.md.sha256.create();
    md.update(msg.toString('binary'));
    const forgeSig = (
      forge.pki.privateKeyFromPem(key.privateKeyPem) as forge.pki.rsa.PrivateKey
    ).sign(md);
    expect(Buffer.from(forgeSig, 'binary').equals(ours)).toBe(true);
  });
});
