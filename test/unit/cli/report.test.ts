import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { HubCertView } from '../../../core/certificates/metadata';
import { allSteps } from '../../../core/plan/runbook';
import { buildSiteFile, serializeSiteFile } from '../../../core/site-file/build';
import { saveEvidenceText } from '../../../electron/services/evidence/store';
import { writeClixml } from '../../helpers/clixml-writer';
import { pdfPages } from '../../helpers/poppler';
import { fixtureState } from '../../fixtures/server-states/states';
import {
  mixedProgress,
  planFor,
  realCertificates,
  REPORT_NOW,
  reportSite,
} from '../../helpers/report-site';

const site = reportSite();
const plan = planFor(site);
let certs: HubCertView[] = [];
let dir = '';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => REPORT_NOW,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function writeSite(name: string, progress: ReturnType<typeof mixedProgress>): string {
  const path = join(dir, name);
  const file = buildSiteFile(site, progress as never, REPORT_NOW, { hubs: certs, siteCa: null });
  writeFileSync(path, serializeSiteFile(file));
  return path;
}

beforeAll(async () => {
  certs = await realCertificates(site);
  dir = mkdtempSync(join(tmpdir(), 'smtp-report-'));
}, 120_000);

describe('smtp-runbook report', () => {
  it('writes one hub PDF with --server, prints its document ID, and verify recognises the paper', async () => {
    const progress = mixedProgress(plan);
    const ev = await saveEvidenceText(join(dir, 'evidence'), 'Thumbprint : ABC\nServices : SMTP');
    if (!ev.ok) throw new Error(ev.error.message);
    const key = allSteps(plan).find(
      (s) => s.runOn === 'EX01' && progress[s.key]?.status === 'done',
    )!.key;
    progress[key] = { ...progress[key]!, evidence: [ev.value.id] };
    const sitePath = writeSite('site.json', progress);
    const out = join(dir, 'ex01.pdf');
    const r = await run(
      'report',
      '--site',
      sitePath,
      '--server',
      'EX01',
      '--out',
      out,
      '--evidence',
      join(dir, 'evidence'),
    );
    expect(r.code, r.err).toBe(0);
    const id = /document id ([0-9a-f ]{71})/u.exec(r.out)?.[1];
    expect(id).toBeDefined();
    const pages = pdfPages(readFileSync(out));
    expect(pages.join('\n')).toContain('ex01.contoso.local');
    expect(pages.join('\n')).toContain('Services : SMTP');
    for (const page of pages) expect(page).toContain(id!);

    const ok = await run(
      'report',
      'verify',
      '--site',
      sitePath,
      '--id',
      id!,
      '--evidence',
      join(dir, 'evidence'),
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(
      'MATCHES: the paper is the completion certificate of hub ex01.contoso.local',
    );

    const changed = { ...progress, [key]: { ...progress[key]!, note: 'edited after printing' } };
    const later = await run(
      'report',
      'verify',
      '--site',
      writeSite('later.json', changed),
      '--id',
      id!,
      '--evidence',
      join(dir, 'evidence'),
    );
    expect(later.code).toBe(1);
    expect(later.out).toContain('DOES NOT MATCH');

    // The same good paper, checked where the evidence folder is not at hand: never "changed".
    const away = await run('report', 'verify', '--site', sitePath, '--id', id!);
    expect(away.code, away.out).toBe(3);
    expect(away.out).not.toContain('DOES NOT MATCH');
    expect(away.out).toContain('CANNOT VERIFY: the document ID covers the checked verification');
    expect(away.out).toContain('1 evidence file the records refer to');
    // ...and the records ID printed on the paper checks everything but the checked output.
    const recordsId = /records id {2}([0-9a-f ]{71})/u.exec(r.out)?.[1];
    expect(recordsId).toBeDefined();
    expect(pages.join('\n').replace(/\s+/gu, ' ')).toContain(recordsId!);
    const part = await run('report', 'verify', '--site', sitePath, '--id', recordsId!);
    expect(part.code, part.out).toBe(0);
    expect(part.out).toContain("RECORDS MATCH: this is the records ID of hub ex01.contoso.local's");
    expect(part.out).toContain('The checked verification is not covered by the records ID');
    const partLater = await run(
      'report',
      'verify',
      '--site',
      writeSite('later2.json', changed),
      '--id',
      recordsId!,
    );
    expect(partLater.code).toBe(3);
  }, 120_000);

  it('--state: checks from a collected state are on the PDF and in the output, with server and time', async () => {
    const sitePath = writeSite('s4.json', mixedProgress(plan));
    const state = join(dir, 'state-EX01-20261205.xml');
    writeFileSync(state, writeClixml(fixtureState('2010', 'after')));
    const out = join(dir, 'collected.pdf');
    const r = await run(
      'report',
      '--site',
      sitePath,
      '--server',
      'EX01',
      '--out',
      out,
      '--state',
      state,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(
      /\d+ checks: collected state of EX01, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/u,
    );
    const text = pdfPages(readFileSync(out)).join('\n').replace(/\s+/gu, ' ');
    expect(text).toMatch(/collected state of EX01, \d{4}-\d{2}-\d{2}/u);
    const id = /document id ([0-9a-f ]{71})/u.exec(r.out)?.[1];
    const ok = await run('report', 'verify', '--site', sitePath, '--id', id!, '--state', state);
    expect(ok.code, ok.out).toBe(0);
    const without = await run('report', 'verify', '--site', sitePath, '--id', id!);
    expect(without.code).toBe(1);
    expect(without.out).toContain('give its state file too');
    const garbage = join(dir, 'state-garbage.xml');
    writeFileSync(garbage, 'not a state');
    const bad = await run(
      'report',
      '--site',
      sitePath,
      '--out',
      join(dir, 'y.pdf'),
      '--state',
      garbage,
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`state: ${garbage}: cannot read this`);
  }, 120_000);

  it('names the field for an unknown server and a malformed id', async () => {
    const sitePath = writeSite('s2.json', mixedProgress(plan));
    const r = await run(
      'report',
      '--site',
      sitePath,
      '--server',
      'NOPE',
      '--out',
      join(dir, 'x.pdf'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/server: No hub 'NOPE' in this site: use one of EX01, MX1/u);
    const bad = await run('report', 'verify', '--site', sitePath, '--id', '1234');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('id: document id must be the 64 hex digits');
  });

  it('lists certificate expiry and writes an .ics that parses as iCalendar', async () => {
    const sitePath = writeSite('s3.json', mixedProgress(plan));
    const ics = join(dir, 'expiry.ics');
    const r = await run('report', 'expiry', '--site', sitePath, '--ics', ics);
    expect(r.code, r.err).toBe(0);
    for (const c of certs) expect(r.out).toContain(c.metadata.thumbprint);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(certs.length);
  });
});
