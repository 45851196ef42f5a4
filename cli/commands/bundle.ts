import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { certificateRequestsFor } from '../../core/certificates/request';
import {
  siteCaDecision,
  siteCaPolicy,
  siteCaReplaceConsequence,
} from '../../core/certificates/site-ca';
import { appError, fail, ok, type Result } from '../../core/errors';
import type { Site } from '../../core/site';
import { loadSiteFile } from '../site-file';
import { reportError, UsageError, type CliIo, type Subcommand } from '../io';
import { readPasswordFile } from './password-file';
import {
  exportBundle,
  fileErrorToAppError,
  generateSite,
  generateSiteCa,
  KeyVault,
  loadSiteCaFiles,
  saveSiteCaFiles,
  type SiteCa,
  toAppError,
  unavailableProtector,
} from './services';

const usage = `usage:
  smtp-runbook bundle --site <site.json> --password-file <f> --out <dir>
                      [--hub <id>]... [--site-ca] [--ca-dir <dir> [--replace-site-ca]]
                      [--include-pem-key [--pem-key-unencrypted]] [--overwrite] [--json]

  In site CA mode --ca-dir is required: the site's root is kept there (site-ca.key, encrypted with
  the password from --password-file, and site-ca.crt) and every later run signs with the same root,
  as the app does. Keep that folder off the stick. A kept root that no longer fits the site (another
  name, a smaller key, or it ends before the new certificates) is replaced only with
  --replace-site-ca; every hub then trusts the new root again.`;

/** `bundle`: generates every hub's certificate from the site file and exports the USB bundle. */
export const bundleCommand: Subcommand = {
  summary: 'generate every hub certificate of a site and export the USB bundle',
  usage,
  run: (argv, io) => runBundle(argv, io),
};

async function runBundle(argv: readonly string[], io: CliIo): Promise<number> {
  const v = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      'password-file': { type: 'string' },
      out: { type: 'string' },
      hub: { type: 'string', multiple: true },
      'site-ca': { type: 'boolean', default: false },
      'ca-dir': { type: 'string' },
      'replace-site-ca': { type: 'boolean', default: false },
      'include-pem-key': { type: 'boolean', default: false },
      'pem-key-unencrypted': { type: 'boolean', default: false },
      overwrite: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
  if (!v.site || !v['password-file'] || !v.out)
    throw new UsageError('--site, --password-file and --out are required');
  if (v['site-ca'] && !v['ca-dir'])
    throw new UsageError(
      '--site-ca needs --ca-dir <dir>: the site root is kept there between runs',
    );
  try {
    const pw = await readPasswordFile(v['password-file']);
    if (!pw.ok) return reportError(io, pw.error, v.json);
    const parsed = await loadSiteFile(v.site);
    if (!parsed.ok) return reportError(io, parsed.error, v.json);
    // --site-ca turns site CA mode on even when the site file has it off; the CA is the site's
    // (core's siteCaPolicy: name, validity and key size, as the app and the openssl listing make it).
    const site = v['site-ca']
      ? {
          ...parsed,
          value: { ...parsed.value, certificate: { ...parsed.value.certificate, siteCa: true } },
        }
      : parsed;
    const fx = { now: io.now, randomBytes: (n: number) => randomBytes(n) };
    const requests = certificateRequestsFor(site.value, v.hub ?? []);
    if (!requests.ok) return reportError(io, requests.error, v.json);
    let ca: SiteCa | null = null;
    if (site.value.certificate.siteCa) {
      const kept = await siteCaFromDir(
        site.value,
        { dir: v['ca-dir'], replace: v['replace-site-ca'] },
        pw.password,
        fx,
        (note) => io.err(note),
      );
      if (!kept.ok) return reportError(io, kept.error, v.json);
      ca = kept.value;
    }
    const generated = await generateSite(requests.value, pw.password, fx, ca, (p) => {
      if (!v.json && (p.stage === 'done' || p.stage === 'failed'))
        io.err(`  ${p.hubId}: ${p.stage} (${p.done}/${p.total})`);
    });
    const vault = new KeyVault({ protector: unavailableProtector, dir: '.' });
    vault.setCa(ca);
    for (const [hubId, r] of generated) {
      if ('code' in r) return reportError(io, { ...r, message: `${hubId}: ${r.message}` }, v.json);
      vault.put(hubId, r, pw.password);
    }
    const folder = resolve(v.out);
    try {
      await mkdir(folder, { recursive: true });
    } catch (err) {
      return reportError(io, fileErrorToAppError(err, folder), v.json);
    }
    const result = await exportBundle(
      site.value,
      vault,
      {
        folder,
        hubIds: v.hub ?? [],
        overwrite: v.overwrite,
        includePemKey: v['include-pem-key'],
        pemKeyUnencrypted: v['pem-key-unencrypted'],
      },
      { now: fx.now },
    );
    if (v.json)
      io.out(
        JSON.stringify({ ok: true, hubs: vault.list(), siteCa: ca?.metadata ?? null, ...result }),
      );
    else {
      for (const h of vault.list())
        io.out(`${h.metadata.subject}  ${h.profile}  thumbprint ${h.metadata.thumbprint}`);
      io.out(
        `Wrote ${result.files.length} files to ${result.folder} (each read back and checked).`,
      );
      for (const w of result.warnings) io.out(`warning: ${w}`);
      io.out('Eject the stick safely before pulling it out.');
    }
    return 0;
  } catch (err) {
    return reportError(io, toAppError(err), v.json);
  }
}

/**
 * The site's root for this run by core's siteCaDecision: the one kept in --ca-dir while it fits,
 * a new one (kept there at once) when none is kept, and a replacement only with --replace-site-ca.
 */
async function siteCaFromDir(
  site: Site,
  choice: { readonly dir: string | undefined; readonly replace: boolean },
  password: string,
  fx: { now: () => Date; randomBytes: (n: number) => Buffer },
  note: (text: string) => void,
): Promise<Result<SiteCa>> {
  if (!choice.dir)
    return fail(
      appError(
        'ca-dir-missing',
        'ca-dir',
        'This site uses one site CA: add --ca-dir <dir> (off the stick), where its root is kept so every run signs with the same one.',
      ),
    );
  const folder = resolve(choice.dir);
  await mkdir(folder, { recursive: true });
  const policy = siteCaPolicy(site);
  const kept = await loadSiteCaFiles(folder, password);
  if (!kept.ok) return kept;
  const decision = siteCaDecision(
    policy,
    kept.value?.metadata ?? null,
    site.certificate.validityDays,
    fx.now(),
  );
  // An old-profile root is kept unless --replace-site-ca asks for the constrained one.
  if (decision.kind === 'reuse' && kept.value && !(decision.upgrade && choice.replace)) {
    if (decision.upgrade)
      note(
        `Note: ${decision.upgrade}. Add --replace-site-ca to replace it. ${siteCaReplaceConsequence}`,
      );
    return ok(kept.value);
  }
  if (decision.kind === 'replace' && !choice.replace)
    return fail(
      appError(
        'site-ca-unfit',
        'replace-site-ca',
        `The site CA kept in ${folder} cannot sign these certificates: ${decision.reason}. Add --replace-site-ca to make a new root. ${siteCaReplaceConsequence}`,
      ),
    );
  const made = await generateSiteCa(policy, fx);
  const saved = await saveSiteCaFiles(folder, made, password, decision.kind !== 'create');
  return saved.ok ? ok(made) : saved;
}
