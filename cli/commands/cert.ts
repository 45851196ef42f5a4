import { randomBytes } from 'node:crypto';
import { lstat, mkdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import forge from 'node-forge';
import { parsePfxProfile, pfxProfileFor, type PfxProfile } from '../../core/certificates/profile';
import { certificateFriendlyName, hostNameOf } from '../../core/certificates/spec';
import {
  checkNetbiosName,
  defaultCertificateChoices,
  windowsVersions,
  type KeySize,
  type WindowsVersion,
} from '../../core/site';
import { appError, type AppError } from '../../core/errors';
import {
  certificateDer,
  checkFinalName,
  fileErrorToAppError,
  generateHub,
  CappedReadError,
  inspectOffThread,
  MAX_PKI_FILE_BYTES,
  readRegularFileCapped,
  openPfx,
  toAppError,
  writeFileDurable,
} from './services';
import { isUsageError, reportError, UsageError, type CliIo, type Subcommand } from '../io';
import { readPasswordFile } from './password-file';
import { formatDateTime } from '../../core/dates';

const usage = `usage:
  smtp-runbook cert new --fqdn <name> [--netbios <NAME>] [--san <name>]... [--bits 2048|3072|4096]
                        [--days 730] [--windows 2008r2|2012|...|2025 | --profile legacy|modern]
                        [--friendly-name <text>] [--legacy-key]
                        --password-file <f> --out <dir> [--overwrite] [--json]

  The friendly name is the app's ("Riverbed SMTP <NetBIOS name>"): give --netbios when the
  server's NetBIOS name is not the FQDN's first label. The PFX profile is the one the hub's
  Windows can import (--windows, as the app's Automatic choice), or --profile; with neither,
  legacy (3DES), which every Windows Server in scope can import.
  smtp-runbook cert inspect <file> [--password-file <f>] [--target legacy|modern] [--json]`;

/** `cert new` / `cert inspect`: generates a hub certificate and PFX, or inspects a file. */
export const certCommand: Subcommand = {
  summary: 'generate (cert new) or inspect (cert inspect) hub certificates and PFX files',
  usage,
  run: (argv, io) => runCert(argv, io),
};

async function runCert(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'new' && sub !== 'inspect')
    throw new UsageError("choose 'cert new' or 'cert inspect'");
  try {
    return sub === 'new' ? await certNew(rest, io) : await certInspect(rest, io);
  } catch (err) {
    if (isUsageError(err)) throw err;
    return reportError(io, toAppError(err), rest.includes('--json'));
  }
}

/** --profile wins; else the profile --windows can import (the app's Automatic); else legacy. */
function profileFrom(profile: string | undefined, windows: string | undefined): PfxProfile {
  if (profile !== undefined) {
    const p = parsePfxProfile(profile);
    if (p === null) throw new UsageError('--profile must be legacy or modern');
    return p;
  }
  if (windows === undefined) return 'windows-legacy';
  if (!(windowsVersions as readonly string[]).includes(windows))
    throw new UsageError(`--windows must be one of ${windowsVersions.join(', ')}`);
  return pfxProfileFor(windows as WindowsVersion);
}

async function certNew(args: string[], io: CliIo): Promise<number> {
  // The same key size and validity a new site starts with in the app.
  const defaults = defaultCertificateChoices();
  const { values: v } = parseArgs({
    args,
    options: {
      fqdn: { type: 'string' },
      netbios: { type: 'string' },
      windows: { type: 'string' },
      san: { type: 'string', multiple: true },
      bits: { type: 'string', default: String(defaults.keySize) },
      days: { type: 'string', default: String(defaults.validityDays) },
      profile: { type: 'string' },
      'friendly-name': { type: 'string' },
      'legacy-key': { type: 'boolean', default: false },
      'password-file': { type: 'string' },
      out: { type: 'string' },
      overwrite: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!v.fqdn || !v['password-file'] || !v.out)
    throw new UsageError('--fqdn, --password-file and --out are required');
  const profile = profileFrom(v.profile, v.windows);
  const netbios = (v.netbios ?? hostNameOf(v.fqdn)).toUpperCase();
  const netbiosProblem = checkNetbiosName(netbios, v.netbios ? '--netbios' : 'NetBIOS name');
  if (netbiosProblem)
    throw new UsageError(
      v.netbios
        ? netbiosProblem
        : `the FQDN's first label (${netbios}) is not a NetBIOS name (${netbiosProblem}): give the server's NetBIOS name with --netbios`,
    );
  const pw = await readPasswordFile(v['password-file']);
  if (!pw.ok) return reportError(io, pw.error, v.json);
  const fqdn = v.fqdn.toLowerCase();
  const hub = await generateHub(
    {
      fqdn,
      sans: v.san ?? [],
      // checkRequest refuses any other number, naming the field.
      bits: Number(v.bits) as KeySize,
      days: Number(v.days),
      profile,
      // The app's friendly-name rule over the server's NetBIOS name.
      friendlyName: v['friendly-name'] ?? certificateFriendlyName({ netbiosName: netbios }),
      legacyKeyAllowed: v['legacy-key'],
    },
    pw.password,
    { now: io.now, randomBytes: (n) => randomBytes(n) },
  );
  const dir = resolve(v.out);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    return reportError(io, fileErrorToAppError(err, dir), v.json);
  }
  const files = [
    {
      name: `${hub.request.fqdn}.pfx`,
      data: hub.pfx,
      mode: 0o600,
      verify: (b: Buffer) => void openPfx(b, pw.password),
    },
    { name: `${hub.request.fqdn}.cer`, data: certificateDer(hub.cert) },
    { name: `${hub.request.fqdn}.crt`, data: Buffer.from(forge.pki.certificateToPem(hub.cert)) },
  ];
  // A folder or a device at one of the names is refused before anything is written.
  for (const f of files) {
    const taken = await checkFinalName(join(dir, f.name));
    if (!taken.ok) return reportError(io, taken.error, v.json);
  }
  const written: string[] = [];
  const created: string[] = [];
  for (const f of files) {
    const existed = await lstat(join(dir, f.name)).then(
      () => true,
      () => false,
    );
    const r = await writeFileDurable(dir, f.name, f.data, {
      overwrite: v.overwrite,
      mode: f.mode,
      verify: f.verify,
    });
    if (!r.ok) return reportError(io, await partialSetError(r.error, written, created), v.json);
    written.push(r.value.path);
    if (!existed) created.push(r.value.path);
    if (r.value.modeWarning) io.err(`warning: ${r.value.modeWarning}`);
  }
  if (v.json)
    io.out(
      JSON.stringify({
        ok: true,
        profile: hub.profile,
        metadata: hub.metadata,
        files: written,
        warnings: hub.warnings,
      }),
    );
  else {
    io.out(
      `Created ${hub.metadata.subject} (${hub.metadata.keyBits}-bit RSA, PFX profile ${hub.profile})`,
    );
    io.out(`  SANs:       ${hub.metadata.sans.join(', ')}`);
    io.out(
      `  Valid:      ${formatDateTime(hub.metadata.notBefore)} .. ${formatDateTime(hub.metadata.notAfter)}`,
    );
    io.out(`  Thumbprint: ${hub.metadata.thumbprint}`);
    io.out(`  SHA-256:    ${hub.metadata.sha256}`);
    for (const w of hub.warnings) io.out(`  warning: ${w}`);
    for (const p of written) io.out(`  wrote ${p}`);
  }
  return 0;
}

/**
 * A failed `cert new` never leaves part of a new set: the files it created are removed again, and
 * the message says exactly what is left (files it replaced under --overwrite hold the new key).
 */
async function partialSetError(
  error: AppError,
  written: readonly string[],
  created: readonly string[],
): Promise<AppError> {
  if (written.length === 0) return error;
  const failedToRemove: string[] = [];
  for (const path of created) await unlink(path).catch(() => failedToRemove.push(path));
  const replaced = written.filter((p) => !created.includes(p));
  const notes = [
    created.length > failedToRemove.length
      ? `The ${created.length - failedToRemove.length} file(s) this run had written were removed again.`
      : '',
    failedToRemove.length > 0
      ? `Could not remove ${failedToRemove.join(', ')}: delete it before using the folder.`
      : '',
    replaced.length > 0
      ? `Already replaced with the new key: ${replaced.join(', ')}; run again with --overwrite to complete the set.`
      : '',
  ].filter((n) => n !== '');
  return {
    ...error,
    message: `${error.message.replace(/ ?[Nn]othing was replaced\.?/u, '')} ${notes.join(' ')}`,
  };
}

async function certInspect(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: {
      'password-file': { type: 'string' },
      target: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file) throw new UsageError('name the file to inspect');
  let password: string | undefined;
  if (v['password-file']) {
    const pw = await readPasswordFile(v['password-file']);
    if (!pw.ok) return reportError(io, pw.error, v.json);
    password = pw.password;
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFileCapped(file, MAX_PKI_FILE_BYTES);
  } catch (e) {
    const message = e instanceof CappedReadError ? e.message : `Cannot read ${file}.`;
    const code = e instanceof CappedReadError ? e.code : 'file-unreadable';
    return reportError(io, appError(code, 'file', message), v.json);
  }
  const target = v.target === undefined ? null : parsePfxProfile(v.target);
  const r = await inspectOffThread({
    bytes,
    name: file,
    password,
    target,
    nowMs: io.now().getTime(),
  });
  if (!r.ok) return reportError(io, r.error, v.json);
  const rep = r.value;
  if (v.json) {
    io.out(JSON.stringify({ ok: true, report: rep }));
  } else {
    io.out(`${rep.name}: ${rep.kind.toUpperCase()}, ${rep.certificates.length} certificate(s)`);
    for (const c of rep.certificates) {
      io.out(`  subject ${c.subject}  issuer ${c.issuer}`);
      io.out(
        `    SANs ${c.sans.join(', ') || '(none)'}; EKU ${c.extKeyUsage.join(', ') || '(none)'}; RSA ${c.keyBits}`,
      );
      io.out(
        `    valid ${formatDateTime(c.notBefore)} .. ${formatDateTime(c.notAfter)} (${c.daysLeft} days left, ${c.expiry})`,
      );
      io.out(`    thumbprint ${c.thumbprint}  sha256 ${c.sha256}`);
    }
    if (rep.pfx) {
      io.out(
        `  PFX: key ${rep.pfx.keyBagAlgorithms.join(', ') || '(none)'}; certs ${rep.pfx.certBagAlgorithm}; MAC ${rep.pfx.macAlgorithm ?? 'none'} x${rep.pfx.macIterations ?? 0}`,
      );
      if (rep.pfx.cspName) io.out(`  CSP name: ${rep.pfx.cspName}`);
    }
    if (rep.passwordOk !== null)
      io.out(`  password: ${rep.passwordOk ? 'opens the file' : 'WRONG'}`);
    if (rep.keyMatchesCert !== null)
      io.out(`  key matches certificate: ${rep.keyMatchesCert ? 'yes' : 'NO'}`);
    for (const l of rep.lint) io.out(`  ${l.severity}: ${l.message}`);
  }
  return rep.lint.some((l) => l.severity === 'error') ? 1 : 0;
}
