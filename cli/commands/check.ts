import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hubBundleLayout } from '../../core/certificates/bundle-layout';
import { formatDateTime } from '../../core/dates';
import { appError } from '../../core/errors';
import { planFor } from '../../core/plan';
import type { Site } from '../../core/site';
import {
  beforeWarnings,
  checkHub,
  hubOfState,
  normaliseThumbprint,
  verdictWords,
  type ExpectationInputs,
} from '../../core/verification';
import { readStateFileAt } from '../../electron/services/server-state/stick';
import { reportError, UsageError, type Subcommand } from '../io';
import { loadSiteWithFacts } from '../site-file';
import type { SiteFile } from '../../core/site-file/schema';

/** SHA-1 of a DER certificate file, or null when it is not there or is not a certificate. */
function thumbprintOfFile(path: string): string | null {
  try {
    const der = readFileSync(path);
    new X509Certificate(der); // throws on anything that is not one certificate
    return createHash('sha1').update(der).digest('hex').toUpperCase();
  } catch {
    return null;
  }
}

/** The thumbprints of each hub's and the site CA's certificates, read from an exported stick. */
function thumbprintsFromBundle(site: Site, root: string): ExpectationInputs {
  const thumbprints: Record<string, string> = {};
  let siteCaThumbprint: string | null = null;
  for (const hub of site.hubs) {
    const layout = hubBundleLayout(hub, { partners: [], siteCa: true, pemKey: 'none' });
    for (const e of layout) {
      const t = thumbprintOfFile(join(root, hub.fqdn, ...e.folder, e.name));
      if (e.role === 'certificate-der' && t) thumbprints[hub.id] = t;
      if (e.role === 'site-ca' && t) siteCaThumbprint ??= t;
    }
  }
  return { thumbprints, siteCaThumbprint };
}

/**
 * The stick the state file was collected onto: the collector runs from the hub's folder of the
 * exported bundle and writes its state beside itself, so that folder's parent is the stick's
 * bundle root. Null when the state file is not in a folder named after a hub of this site.
 */
function stickBesideState(site: Site, statePath: string): string | null {
  const folder = dirname(resolve(statePath));
  const name = basename(folder).toLowerCase();
  return site.hubs.some((h) => h.fqdn.toLowerCase() === name) ? dirname(folder) : null;
}

/**
 * The thumbprints the certificate and trust checks expect, from every source at hand, the later
 * overriding the earlier: the site file's certificate facts, the stick the state sits on,
 * --bundle, --thumbprint. Also one line saying where each hub's came from.
 */
function expectedThumbprints(
  site: Site,
  facts: SiteFile['certificates'],
  statePath: string,
  bundle: string | undefined,
  given: readonly string[],
): { inputs: ExpectationInputs; words: string; notes: string[] } {
  const thumbprints: Record<string, string> = {};
  const from: Record<string, string> = {};
  let siteCaThumbprint: string | null = null;
  const notes: string[] = [];
  const take = (source: ExpectationInputs, words: string, fillOnly = false) => {
    for (const [hubId, t] of Object.entries(source.thumbprints)) {
      const had = thumbprints[hubId];
      if (had !== undefined && had !== t) {
        const fqdn = site.hubs.find((h) => h.id === hubId)?.fqdn ?? hubId;
        notes.push(
          fillOnly
            ? `note: ${words} holds another certificate for ${fqdn} (${t}) than ${from[hubId]} records (${had}): the recorded one is expected`
            : `note: ${words} gives ${fqdn} another thumbprint (${t}) than ${from[hubId]} (${had}): ${words} is used`,
        );
        if (fillOnly) continue;
      }
      thumbprints[hubId] = t;
      from[hubId] = words;
    }
    if (!fillOnly || siteCaThumbprint === null)
      siteCaThumbprint = source.siteCaThumbprint ?? siteCaThumbprint;
  };
  if (facts)
    take(
      {
        thumbprints: Object.fromEntries(facts.hubs.map((h) => [h.hubId, h.metadata.thumbprint])),
        siteCaThumbprint: facts.siteCa?.thumbprint ?? null,
      },
      'the site file',
    );
  // The stick the state sits on was handed over with it: it only fills in what the site file
  // does not record, and never overrides a recorded certificate.
  const stick = stickBesideState(site, statePath);
  if (stick) take(thumbprintsFromBundle(site, stick), `the stick (${stick})`, true);
  if (bundle) take(thumbprintsFromBundle(site, bundle), `--bundle ${bundle}`);
  for (const pair of given) {
    const [hubId, hex] = pair.split('=');
    const t = normaliseThumbprint(hex ?? '');
    if (!hubId || !t) throw new UsageError(`--thumbprint ${pair}: give <hub id>=<40 hex digits>`);
    take({ thumbprints: { [hubId]: t }, siteCaThumbprint: null }, '--thumbprint');
  }
  const bySource = new Map<string, string[]>();
  for (const hub of site.hubs) {
    const words = from[hub.id];
    if (words) bySource.set(words, [...(bySource.get(words) ?? []), hub.fqdn]);
  }
  const words =
    bySource.size === 0
      ? 'thumbprints: none known (give --bundle <stick folder> or --thumbprint <hub id>=<SHA-1>, or a site file exported by the app)'
      : `thumbprints: ${[...bySource].map(([w, hubs]) => `${hubs.join(', ')} from ${w}`).join('; ')}`;
  return { inputs: { thumbprints, siteCaThumbprint }, words, notes };
}

/**
 * `check`: a collected state against what the site's plan expects. Exit 0: every expectation
 * passed; 1: any failed; 3: none failed but some could not be checked from the file.
 */
export const checkCommand: Subcommand = {
  summary: "check a server's collected state (collect-<server>.ps1) against the plan",
  usage:
    'usage: smtp-runbook check --site <site.json> --state <state-SERVER-TIME.xml> [--bundle <stick folder>] [--thumbprint <hub id>=<SHA-1>]... [--before] [--json]\n  expected thumbprints: from the site file the app exported, the stick the state file sits on, --bundle, --thumbprint (later ones win)\n  exit 0: all pass; 1: a failure; 3: some expectations could not be checked (not a pass)',
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        state: { type: 'string' },
        bundle: { type: 'string' },
        thumbprint: { type: 'string', multiple: true, default: [] },
        before: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.site || !values.state) throw new UsageError('--site and --state are required');
    const loaded = await loadSiteWithFacts(values.site);
    if (!loaded.ok) return reportError(io, loaded.error, values.json);
    const site = { ok: true as const, value: loaded.value.site };
    const plan = planFor(site.value);
    const expected = expectedThumbprints(
      site.value,
      loaded.value.certificates,
      values.state,
      values.bundle,
      values.thumbprint,
    );
    const inputs = expected.inputs;
    for (const note of expected.notes) io.err(note);
    const file = await readStateFileAt(values.state, values.state);
    if (!file.observed)
      return reportError(
        io,
        file.error ?? appError('state-unreadable', 'state', 'cannot read this'),
        values.json,
      );
    const hubId = hubOfState(plan, file.observed);
    if (!hubId) {
      const names = site.value.hubs.map((h) => h.netbiosName).join(', ');
      return reportError(
        io,
        appError(
          'wrong-server',
          'state',
          `This state was read on ${file.observed.server?.name ?? 'an unknown server'}, which is no hub of this site (${names}).`,
        ),
        values.json,
      );
    }
    const phase = values.before ? 'before' : 'after';
    const check = checkHub(plan, hubId, file.observed, inputs, phase);
    if (check.refusal) return reportError(io, check.refusal, values.json);
    const count = (v: string) => check.results.filter((r) => r.verdict === v).length;
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            ok: true,
            hubId,
            phase,
            thumbprints: expected.words,
            file: {
              path: values.state,
              sha256: file.sha256,
              collectedAt: file.observed.collectedAt ?? null,
            },
            results: check.results.map((r) => ({
              id: r.expectation.id,
              label: r.expectation.label,
              verdict: r.verdict,
              found: r.found,
              stepKeys: r.expectation.stepKeys,
            })),
            warnings: phase === 'before' ? beforeWarnings(check.results) : {},
          },
          null,
          2,
        ),
      );
    } else {
      const hub = site.value.hubs.find((h) => h.id === hubId);
      const when = file.observed.collectedAt
        ? formatDateTime(file.observed.collectedAt)
        : 'unknown time';
      io.out(
        `${hub?.netbiosName ?? hubId}: state collected ${when}, checked ${phase} the work (SHA-256 ${file.sha256})`,
      );
      io.out(`  ${expected.words}`);
      const width = Math.max(...Object.values(verdictWords).map((w) => w.length));
      for (const r of check.results) {
        io.out(`  ${verdictWords[r.verdict].padEnd(width)}  ${r.expectation.label}: ${r.found}`);
      }
      for (const [key, ws] of Object.entries(
        phase === 'before' ? beforeWarnings(check.results) : {},
      )) {
        for (const w of ws) io.out(`  warning on ${key} [${w.level}]: ${w.message}`);
      }
      io.out(`Checks: ${count('pass')} pass, ${count('fail')} fail, ${count('unknown')} not shown`);
    }
    // 0 only when every expectation passed: a check that could not be shown is not a pass.
    if (count('fail') > 0) return 1;
    if (count('unknown') > 0) {
      io.err(
        `${count('unknown')} expectation(s) could not be checked from this file (not a pass): give --bundle or --thumbprint, or collect again.`,
      );
      return 3;
    }
    return 0;
  },
};
