// Child process for vault-sigkill.test.ts: saves the vault over and over, each generation with
// new passwords, printing "saved <n>" after each durable write, until the parent kills it.
import { randomBytes } from 'node:crypto';
import { generateHub } from '../../../../electron/services/pki/generate';
import { createAesGcmProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';

const [dir, keyHex] = process.argv.slice(2);
const now = new Date();
const hub = await generateHub(
  {
    fqdn: 'hub01.contoso.local',
    sans: [],
    bits: 2048,
    days: 365,
    profile: 'windows-legacy',
    friendlyName: 'hub01',
    legacyKeyAllowed: false,
  },
  'Child-Pw-1234',
  { now: () => now, randomBytes: (n: number) => randomBytes(n) },
);
const vault = new KeyVault({
  protector: createAesGcmProtector(Buffer.from(keyHex ?? '', 'hex')),
  dir: dir ?? '.',
});
for (let n = 1; ; n += 1) {
  // Twenty hubs per generation: a blob of about 100 KB, so a kill often lands mid-write.
  for (let h = 1; h <= 20; h += 1) vault.put(`hub-${h}`, hub, `generation-${n}`);
  const r = await vault.save();
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write(`saved ${n}\n`);
}
