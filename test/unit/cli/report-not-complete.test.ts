import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { HubCertView } from '../../../core/certificates/metadata';
import { buildSiteFile, serializeSiteFile } from '../../../core/site-file/build';
import { saveEvidenceText } from '../../../electron/services/evidence/store';
import { pdfPages } from '../../helpers/poppler';
import {
  allDone,
  planFor,
  realCertificates,
  REPORT_NOW,
  reportSite,
} from '../../helpers/report-site';

/*
 * A completion certificate is clean only when the records prove it. These are the ways an
 * auditor found a clean one printed when they did not: evidence the records refer to that is not
 * at hand (a pasted check that FAILED, printed without --evidence), a hub without a certificate,
 * and a certificate that no longer fits the site.
 */
const site = reportSite();
const plan = planFor(site);
let certs: HubCertView[] = [];
let dir = '';
const failingPaste = readFileSync(
  fileURLToPath(new URL('../../fixtures/pasted/2010-certificates.txt', import.meta.url)),
  'utf8',
);

async function run(...argv: string[]) {
  return runAt(REPORT_NOW, ...argv);
}

async function runAt(now: Date, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => now,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function writeSite(
  name: string,
  progress: ReturnType<typeof allDone>,
  hubs: readonly HubCertView[] | null = certs,
): string {
  const path = join(dir, name);
  const file = buildSiteFile(
    site,
    progress as never,
    REPORT_NOW,
    hubs === null ? undefined : { hubs, siteCa: null },
  );
  writeFileSync(path, serializeSiteFile(file));
  return path;
}

const text = (pdf: string) => pdfPages(readFileSync(pdf)).join('\n').replace(/\s+/gu, ' ');

beforeAll(async () => {
  certs = await realCertificates(site);
  dir = mkdtempSync(join(tmpdir(), 'smtp-report-nc-'));
}, 120_000);

describe('report: a clean certificate only when the records prove it', () => {
  it('a pasted check that FAILED, printed without --evidence, is NOT COMPLETE and says why on stderr', async () => {
    const progress = allDone(plan);
    // The hub's last step (its final verification) carries output showing another certificate.
    const hub = plan.hubs[0]!;
    const key = hub.steps.at(-1)!.key;
    const ev = await saveEvidenceText(join(dir, 'evidence'), failingPaste);
    if (!ev.ok) throw new Error(ev.error.message);
    progress[key] = { ...progress[key]!, evidence: [ev.value.id] };
    const sitePath = writeSite('failed-paste.json', progress);

    const withEvidence = join(dir, 'with.pdf');
    const a = await run(
      'report',
      '--site',
      sitePath,
      '--out',
      withEvidence,
      '--evidence',
      join(dir, 'evidence'),
    );
    expect(a.code, a.err).toBe(0);
    expect(text(withEvidence)).toContain('NOT COMPLETE');
    expect(text(withEvidence)).toContain('FAIL');

    const without = join(dir, 'without.pdf');
    const b = await run('report', '--site', sitePath, '--out', without);
    expect(b.code, b.err).toBe(0);
    const paper = text(without);
    expect(paper).not.toContain('Completion certificate');
    expect(paper).toContain('NOT COMPLETE');
    expect(paper).toContain('1 evidence file the records refer to is not at hand');
    for (const page of pdfPages(readFileSync(without))) expect(page).toContain('NOT COMPLETE');
    expect(b.err).toContain('not at hand');
    expect(b.err).toContain('--evidence');
  }, 120_000);

  it('a hub with no certificate in the records is NOT COMPLETE, naming the hub', async () => {
    const sitePath = writeSite('one-cert.json', allDone(plan), certs.slice(1));
    const out = join(dir, 'one-cert.pdf');
    const r = await run('report', '--site', sitePath, '--out', out);
    expect(r.code, r.err).toBe(0);
    const paper = text(out);
    expect(paper).not.toContain('Completion certificate');
    expect(paper).toContain(`no certificate in the records for ${plan.hubs[0]!.fqdn}`);
    expect(r.err).toContain(`no certificate in the records for ${plan.hubs[0]!.fqdn}`);
  }, 120_000);

  it('a site file with no certificate facts at all is NOT COMPLETE', async () => {
    const sitePath = writeSite('no-certs.json', allDone(plan), null);
    const out = join(dir, 'no-certs.pdf');
    const r = await run('report', '--site', sitePath, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(text(out)).not.toContain('Completion certificate');
    expect(text(out)).toContain('NOT COMPLETE');
  }, 120_000);

  it('a certificate that no longer fits the site (hub renamed since) is NOT COMPLETE', async () => {
    const renamed = {
      ...certs[0]!,
      metadata: { ...certs[0]!.metadata, sans: ['old-name.contoso.local'] },
    };
    const sitePath = writeSite('stale.json', allDone(plan), [renamed, ...certs.slice(1)]);
    const out = join(dir, 'stale.pdf');
    const r = await run('report', '--site', sitePath, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(text(out)).not.toContain('Completion certificate');
    expect(text(out)).toContain('does not fit the site');
  }, 120_000);

  it('the same site with every certificate and nothing referred to is a clean certificate', async () => {
    const sitePath = writeSite('clean.json', allDone(plan));
    const out = join(dir, 'clean.pdf');
    const r = await run('report', '--site', sitePath, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(text(out)).toContain('Completion certificate');
    expect(text(out)).not.toContain('NOT COMPLETE');
  }, 120_000);

  it('the same clean records printed after a certificate expired: NOT COMPLETE, and the paper still verifies', async () => {
    const sitePath = writeSite('expired.json', allDone(plan));
    const expiry = certs.map((c) => Date.parse(c.metadata.notAfter)).sort((a, b) => a - b)[0]!;
    const later = new Date(expiry + 86_400_000);
    const out = join(dir, 'expired.pdf');
    const r = await runAt(later, 'report', '--site', sitePath, '--out', out);
    expect(r.code, r.err).toBe(0);
    const paper = text(out);
    expect(paper).not.toContain('Completion certificate');
    expect(paper).toContain('NOT COMPLETE');
    expect(paper).toMatch(/the certificate of \S+ expired on \d{4}-\d{2}-\d{2}/u);
    expect(r.err).toContain('expired on');
    // The document ID is the records' (no clock in it): it verifies as printed.
    const id = /document id ([0-9a-f ]{71})/u.exec(r.out)?.[1] ?? '';
    expect(paper).toContain(id);
    const v = await runAt(later, 'report', 'verify', '--site', sitePath, '--id', id);
    expect(v.code, v.out + v.err).toBe(0);
    expect(v.out).toContain('MATCH');
    expect(v.out).not.toContain('DOES NOT MATCH');
  }, 120_000);
});
