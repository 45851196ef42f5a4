import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generateHub, generateSite } from '../../electron/services/pki/generate';
import type { CertRequest } from '../../core/certificates/request';
import { formatRatio, formatSummary, summarise } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const SITE_RUNS = Number(process.env['BENCH_SITE_RUNS'] ?? 3);
const PW = 'Bench-Password-2026';
const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };

const request = (i: number, bits: 2048 | 4096 = 2048): CertRequest => ({
  fqdn: `hub${i}.contoso.local`,
  sans: ['contoso.local'],
  bits,
  days: 730,
  profile: 'windows-legacy',
  friendlyName: `Riverbed SMTP hub${i}`,
  legacyKeyAllowed: false,
});

function sh(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PFXPW: PW },
    });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args[0]}: ${err}`)),
    );
  });
}

/** The same work with the openssl CLI: self-signed 2048 cert with our extensions + 3DES/SHA-1 PFX. */
async function opensslHub(dir: string, i: number): Promise<void> {
  const n = `hub${i}`;
  await sh(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-sha256',
      '-days',
      '730',
      '-noenc',
      '-keyout',
      `${n}.key`,
      '-out',
      `${n}.crt`,
      '-subj',
      `/CN=${n}.contoso.local`,
      '-addext',
      `subjectAltName=DNS:${n}.contoso.local,DNS:contoso.local`,
      '-addext',
      'extendedKeyUsage=serverAuth,clientAuth',
      '-addext',
      'keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign',
    ],
    dir,
  );
  await sh(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      `${n}.key`,
      '-in',
      `${n}.crt`,
      '-name',
      `Riverbed SMTP ${n}`,
      '-keypbe',
      'PBE-SHA1-3DES',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
      '-passout',
      'env:PFXPW',
      '-out',
      `${n}.pfx`,
    ],
    dir,
  );
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** `npm run bench`: PKI generation vs the openssl CLI, side by side, and the longest event-loop stall. */
export async function benchPki(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-pki-'));
  const out: string[] = [];
  try {
    await generateHub(request(0), PW, fx); // warm up forge and the thread pool
    const ours: number[] = [];
    const peer: number[] = [];
    for (let r = 0; r < RUNS; r += 1) {
      ours.push(await time(() => generateHub(request(r), PW, fx)));
      peer.push(await time(() => opensslHub(dir, r)));
    }
    out.push(
      formatRatio(
        'one hub: RSA-2048 key + certificate + legacy PFX (in-process vs openssl req + pkcs12)',
        ours,
        peer,
      ),
    );
    const siteOurs: number[] = [];
    const sitePeer: number[] = [];
    const hubs = Array.from({ length: 20 }, (_, i) => ({ hubId: `h${i}`, request: request(i) }));
    for (let r = 0; r < SITE_RUNS; r += 1) {
      siteOurs.push(await time(() => generateSite(hubs, PW, fx, null)));
      sitePeer.push(await time(() => Promise.all(hubs.map((_, i) => opensslHub(dir, 100 + i)))));
    }
    out.push(
      formatRatio(
        '20-hub site in parallel (Promise.all vs 20 concurrent openssl pipelines)',
        siteOurs,
        sitePeer,
      ),
    );
    const stalls: number[] = [];
    const idle: number[] = [];
    const gen4096: number[] = [];
    for (let r = 0; r < 3; r += 1) {
      const h = monitorEventLoopDelay({ resolution: 1 });
      h.enable();
      const took = await time(() => generateHub(request(r, 4096), PW, fx));
      h.disable();
      gen4096.push(took);
      stalls.push(h.max / 1e6);
      // The same wait with nothing to do: what the machine's own load adds to any stall.
      const base = monitorEventLoopDelay({ resolution: 1 });
      base.enable();
      await new Promise((resolve) => setTimeout(resolve, took));
      base.disable();
      idle.push(base.max / 1e6);
    }
    out.push(formatSummary('one hub with RSA-4096: wall time', summarise(gen4096)));
    out.push(
      formatSummary(
        'longest main-thread event-loop stall during a 4096-bit generation',
        summarise(stalls),
      ),
    );
    out.push(
      formatSummary(
        'same measure over an idle wait of equal length (machine noise)',
        summarise(idle),
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
