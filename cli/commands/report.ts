import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDay } from '../../core/dates';
import { appError, type Result } from '../../core/errors';
import { checkSourceSummary, type CheckSources } from '../../core/report/checks';
import {
  checkPaperId,
  documentId,
  formatDocumentId,
  paperCheckWords,
  recordsId,
} from '../../core/report/document-id';
import { expiryIcs, expiryList } from '../../core/report/expiry';
import { verdictAt } from '../../core/report/verdict';
import { buildReportRecord, evidenceIds } from '../../core/report/record';
import { planFor } from '../../core/plan';
import type { SiteFile } from '../../core/site-file/schema';
import { latestStatePerHub } from '../../core/verification/stick';
import { parseSiteOrSiteFile } from '../../core/site-file/parse';
import { reportError, UsageError, type CliIo, type Subcommand } from '../io';
import { findHub } from './commands';
import {
  everyReportRecord,
  readEvidenceViews,
  readStateFileAt,
  renderReportPdf,
  reportInputsOf,
  writeFileDurable,
} from './services';

const usage = `usage:
  smtp-runbook report --site <site.json> [--server <hub id | NetBIOS name | FQDN>] --out <file.pdf>
                      [--evidence <folder>] [--state <state-SERVER-TIME.xml>]... [--overwrite]
  smtp-runbook report verify --site <site.json> --id <document id | records id>
                      [--evidence <folder>] [--state <state-SERVER-TIME.xml>]...
  exit codes of verify: 0 matches, 1 does not match, 3 cannot verify without the evidence
  smtp-runbook report expiry --site <site.json> [--ics <file.ics>] [--overwrite]`;

/**
 * The fonts shipped in assets/fonts (the same relative place from cli/commands and out/cli);
 * worked out when a PDF is made, so loading the CLI never depends on how it was loaded.
 */
const fontsDir = () => fileURLToPath(new URL('../../assets/fonts', import.meta.url));

function readSite(path: string): Result<Pick<SiteFile, 'site' | 'progress' | 'certificates'>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'unreadable';
    return {
      ok: false,
      error: appError(
        'site-file',
        'site',
        `Cannot read the site file ${path} (${code}): check the path.`,
      ),
    };
  }
  return parseSiteOrSiteFile(text);
}

/**
 * The collected states given with --state, newest per hub (core's rule). A file that cannot be read
 * or belongs to no hub of this site is an error naming it: the certificate is not made without it.
 */
async function readStates(
  site: SiteFile['site'],
  paths: readonly string[],
  io: CliIo,
): Promise<Result<CheckSources['collected']>> {
  const files = await Promise.all(paths.map((p) => readStateFileAt(p, p)));
  const reading = latestStatePerHub(planFor(site), files, io.now());
  for (const n of reading.notUsed) {
    if (n.reason.startsWith('an older state')) io.err(`note: ${n.relPath} not used: ${n.reason}.`);
    else
      return {
        ok: false,
        error: appError('state-unreadable', 'state', `${n.relPath}: ${n.reason}`),
      };
  }
  return { ok: true, value: reading.byHub };
}

async function write(io: CliIo, out: string, data: Buffer, overwrite: boolean): Promise<number> {
  const path = resolve(out);
  const r = await writeFileDurable(dirname(path), basename(path), data, { overwrite });
  if (!r.ok) return reportError(io, r.error, false);
  io.out(`wrote ${r.value.path}`);
  return 0;
}

async function runPdf(argv: readonly string[], io: CliIo): Promise<number> {
  const v = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      server: { type: 'string' },
      out: { type: 'string' },
      evidence: { type: 'string' },
      state: { type: 'string', multiple: true, default: [] },
      overwrite: { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
  if (!v.site || !v.out) throw new UsageError('--site and --out are required');
  const file = readSite(v.site);
  if (!file.ok) return reportError(io, file.error, false);
  const states = await readStates(file.value.site, v.state, io);
  if (!states.ok) return reportError(io, states.error, false);
  const inputs = await reportInputsOf(file.value, v.evidence ?? null, states.value);
  const hub = v.server === undefined ? null : findHub(file.value.site, v.server);
  if (v.server !== undefined && !hub)
    return reportError(
      io,
      appError(
        'unknown-hub',
        'server',
        `No hub '${v.server}' in this site: use one of ${file.value.site.hubs.map((h) => h.netbiosName).join(', ')}.`,
      ),
      false,
    );
  const record = buildReportRecord(inputs, hub ? { kind: 'hub', hubId: hub.id } : { kind: 'site' });
  const evidence = v.evidence
    ? await readEvidenceViews(v.evidence, evidenceIds(record))
    : new Map();
  const issuedAt = io.now();
  const pdf = await renderReportPdf({ record, evidence, issuedAt, fontsDir: fontsDir() });
  const verdict = verdictAt(record, issuedAt);
  if (!file.value.certificates)
    io.err(
      'note: this site file carries no certificate facts (export it again from the app to include them).',
    );
  if (!verdict.complete) {
    io.err('note: the document is marked NOT COMPLETE:');
    for (const why of verdict.notComplete) io.err(`  - ${why.words}`);
    if (record.evidenceNotAtHand.length > 0)
      io.err(
        v.evidence
          ? `note: ${v.evidence} does not hold every evidence file the records refer to: give the evidence folder of the laptop that recorded them.`
          : "note: the records refer to evidence (pasted output, screenshots) that is not at hand: give --evidence <folder> (the 'evidence' folder in the app's data folder of the laptop that recorded them).",
      );
  }
  const code = await write(io, v.out, pdf, v.overwrite);
  if (code !== 0) return code;
  io.out(`document id ${formatDocumentId(documentId(record))}`);
  io.out(`records id  ${formatDocumentId(recordsId(record))} (without the checked verification)`);
  for (const line of checkSourceSummary(record.checks)) io.out(line);
  return 0;
}

async function runVerify(argv: readonly string[], io: CliIo): Promise<number> {
  const v = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      id: { type: 'string' },
      evidence: { type: 'string' },
      state: { type: 'string', multiple: true, default: [] },
    },
    strict: true,
  }).values;
  if (!v.site || !v.id) throw new UsageError('--site and --id are required');
  const file = readSite(v.site);
  if (!file.ok) return reportError(io, file.error, false);
  const states = await readStates(file.value.site, v.state, io);
  if (!states.ok) return reportError(io, states.error, false);
  const inputs = await reportInputsOf(file.value, v.evidence ?? null, states.value);
  const check = checkPaperId(v.id, everyReportRecord(inputs), inputs);
  if (check.kind === 'unreadable')
    return reportError(io, appError('document-id', 'id', check.message), false);
  const name = (scope: { kind: 'site' } | { kind: 'hub'; hubId: string }) =>
    scope.kind === 'site'
      ? 'the site'
      : `hub ${file.value.site.hubs.find((h) => h.id === scope.hubId)?.fqdn ?? scope.hubId}`;
  const words = paperCheckWords(check, name);
  for (const line of words.lines) io.out(line);
  return words.ok === true ? 0 : words.ok === null ? 3 : 1;
}

async function runExpiry(argv: readonly string[], io: CliIo): Promise<number> {
  const v = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      ics: { type: 'string' },
      overwrite: { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
  if (!v.site) throw new UsageError('--site is required');
  const file = readSite(v.site);
  if (!file.ok) return reportError(io, file.error, false);
  const c = file.value.certificates;
  const list = expiryList(file.value.site, c?.hubs ?? [], c?.siteCa ?? null, io.now());
  if (list.length === 0)
    io.out('no certificate facts in this site file: export it again from the app.');
  for (const e of list)
    io.out(
      `${formatDay(e.notAfter)}  ${e.what}  ${e.daysLeft} days left  remind ${e.remindOn}  ${e.thumbprint}`,
    );
  if (!v.ics) return 0;
  return write(
    io,
    v.ics,
    Buffer.from(expiryIcs(file.value.site, list, io.now()), 'utf8'),
    v.overwrite,
  );
}

/** `report`: the completion certificate PDF, checking a paper copy's ID, the expiry list and .ics. */
export const reportCommand: Subcommand = {
  summary: 'print the completion certificate PDF, check a paper copy, list certificate expiry',
  usage,
  run: (argv, io) => {
    if (argv[0] === 'verify') return runVerify(argv.slice(1), io);
    if (argv[0] === 'expiry') return runExpiry(argv.slice(1), io);
    return runPdf(argv, io);
  },
};
