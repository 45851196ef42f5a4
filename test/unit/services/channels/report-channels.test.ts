import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import type { EvidenceItem, SavedReport } from '../../../../core/ipc/report-channels';
import { allSteps } from '../../../../core/plan/runbook';
import { formatDocumentId } from '../../../../core/report/document-id';
import { APP_ORIGIN } from '../../../../core/security/origin';
import { createHandlers } from '../../../../electron/services/channels';
import { testHandlerDeps } from '../../../helpers/handler-deps';
import { pdfPages } from '../../../helpers/poppler';
import {
  mixedProgress,
  planFor,
  REPORT_PFX_PASSWORD,
  reportSite,
} from '../../../helpers/report-site';

const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };
const site = reportSite();
const plan = planFor(site);

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'report-channels-'));
  const dispatch = createDispatcher(createHandlers(testHandlerDeps(dir)), APP_ORIGIN, (c, e) => {
    throw new Error(`${c}: ${String(e)}`);
  });
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const r = await dispatch(channel, args, trusted);
    if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
    return r.value as T;
  };
  return { dir, dispatch, call };
}

const photo = () => {
  const width = 30;
  const height = 20;
  const data = Buffer.alloc(width * height * 4, 200);
  return jpeg.encode({ data, width, height }, 80).data;
};

describe('evidence and report channels (real dispatcher, real services)', () => {
  it('an image and pasted output become evidence ids; the saved PDF shows the output and the thumbprints', async () => {
    const { dir, call } = setup();
    const image = await call<EvidenceItem>('evidence:add-image', {
      name: 'photo.jpg',
      base64: photo().toString('base64'),
    });
    expect(image.kind).toBe('image');
    expect(image.thumbnail).toMatch(/^data:image\/png;base64,/u);
    const text = await call<EvidenceItem>('evidence:add-text', {
      text: 'DomainSecureEnabled : True',
    });
    const got = await call<EvidenceItem[]>('evidence:get', {
      ids: [image.id, text.id, 'f'.repeat(64)],
    });
    expect(got.map((g) => g.id)).toEqual([image.id, text.id]);

    await call('cert:generate', {
      site,
      hubIds: site.hubs.map((h) => h.id),
      password: REPORT_PFX_PASSWORD,
      passwordRepeat: REPORT_PFX_PASSWORD,
    });
    const progress = mixedProgress(plan);
    const key = allSteps(plan).at(-1)!.key;
    progress[key] = { ...progress[key]!, evidence: [image.id, text.id] };
    const saved = await call<SavedReport>('report:save-pdf', {
      site,
      progress,
      scope: { kind: 'site' },
      suggestedName: 'contoso.pdf',
    });
    expect(saved.path).toBe(join(dir, 'contoso.pdf'));
    const pages = pdfPages(readFileSync(saved.path));
    const all = pages.join('\n');
    expect(all).toContain('DomainSecureEnabled : True');
    expect(all).toContain(formatDocumentId(saved.documentId));
    expect(all).toContain('NOT COMPLETE');
    expect(all).not.toContain(REPORT_PFX_PASSWORD);
    const { certs } = await call<{ hubs: { metadata: { thumbprint: string } }[] }>(
      'cert:list',
      {},
    ).then((l) => ({ certs: l.hubs }));
    expect(certs).toHaveLength(2);
    for (const c of certs) expect(all.replace(/\s+/gu, '')).toContain(c.metadata.thumbprint);
  }, 120_000);

  it('report:print hands the certificate PDF itself to the printer (the same document as Save PDF…)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-print-'));
    const printed: { pdf: Buffer; name: string }[] = [];
    const base = testHandlerDeps(dir);
    const deps = {
      ...base,
      report: {
        ...base.report,
        printPdf: async (pdf: Buffer, name: string) => {
          printed.push({ pdf, name });
          return null;
        },
      },
    };
    const dispatch = createDispatcher(createHandlers(deps), APP_ORIGIN, (c, e) => {
      throw new Error(`${c}: ${String(e)}`);
    });
    const args = { site, progress: mixedProgress(plan), scope: { kind: 'hub', hubId: 'hub-1' } };
    const r = await dispatch('report:print', args, trusted);
    if (!r.ok) throw new Error(r.error.message);
    const { documentId, problem } = r.value as { documentId: string; problem: string | null };
    expect(problem).toBeNull();
    expect(printed).toHaveLength(1);
    expect(printed[0]!.name).toBe(`completion-${documentId.slice(0, 8)}.pdf`);
    const pages = pdfPages(printed[0]!.pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page).toContain(formatDocumentId(documentId));
    const saved = await dispatch('report:save-pdf', { ...args, suggestedName: 'x.pdf' }, trusted);
    expect(saved.ok && (saved.value as SavedReport).documentId).toBe(documentId);
    const bad = await dispatch('report:print', {}, trusted);
    expect(bad.ok ? null : bad.error.field).toBe('site');
  }, 120_000);

  it('refuses a bad evidence id, a non-image and a report for a hub the site lacks, naming the field', async () => {
    const { dispatch } = setup();
    const bad = await dispatch('evidence:remove', { id: '../x' }, trusted);
    expect(bad.ok ? null : bad.error.field).toBe('id');
    const notImage = await dispatch(
      'evidence:add-image',
      { name: 'a.png', base64: Buffer.from('hello').toString('base64') },
      trusted,
    );
    expect(notImage.ok ? null : notImage.error).toMatchObject({
      code: 'evidence-not-image',
      field: 'evidence',
    });
    const hub = await dispatch(
      'report:save-pdf',
      { site, progress: {}, scope: { kind: 'hub', hubId: 'zz' }, suggestedName: 'x.pdf' },
      trusted,
    );
    expect(hub.ok ? null : hub.error.field).toBe('scope.hubId');
    const ics = await dispatch('report:save-ics', { site, suggestedName: 'x.ics' }, trusted);
    expect(ics.ok ? null : ics.error.code).toBe('no-certificates');
  });
});
