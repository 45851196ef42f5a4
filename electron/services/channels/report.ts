import { basename, dirname } from 'node:path';
import { AppErrorException, appError, type Result } from '../../../core/errors';
import type { Handlers } from '../../../core/ipc/dispatch';
import type { ParsedArgsOf } from '../../../core/ipc/contract';
import type { EvidenceItem } from '../../../core/ipc/report-channels';
import type { ReportRecord } from '../../../core/report/types';
import type { CheckSources } from '../../../core/report/checks';
import { documentId } from '../../../core/report/document-id';
import { expiryIcs, expiryList } from '../../../core/report/expiry';
import { buildReportRecord, evidenceIds } from '../../../core/report/record';
import { readEvidenceViews } from '../evidence/read';
import { thumbnailPng } from '../evidence/image';
import {
  readEvidence,
  removeEvidence,
  saveEvidenceImage,
  saveEvidenceText,
  type StoredEvidence,
} from '../evidence/store';
import { writeFileDurable } from '../files/write-durable';
import { reportInputsOf } from '../report/from-site-file';
import { renderReportPdf } from '../report/pdf';
import type { KeyVault } from '../vault/vault';

/** What the evidence and report channels need; the app and tests inject their own. */
export interface ReportChannelDeps {
  /** The evidence folder in the app's data folder. */
  readonly evidenceDir: string;
  /** The DejaVu fonts shipped in assets/fonts. */
  readonly fontsDir: string;
  /** A save dialog for a PDF or .ics (the OS asks before replacing); null when cancelled. */
  readonly pickReportFile: (suggestedName: string) => Promise<string | null>;
  /**
   * Hands a completion certificate PDF to the OS's PDF viewer, where the engineer prints it (the
   * PDF itself, not the app window). Null when the viewer opened, else why not, in words.
   */
  readonly printPdf: (pdf: Buffer, fileName: string) => Promise<string | null>;
  readonly now: () => Date;
}

type ReportChannel =
  | 'evidence:add-image'
  | 'evidence:add-text'
  | 'evidence:get'
  | 'evidence:remove'
  | 'report:save-pdf'
  | 'report:save-ics'
  | 'report:print';

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new AppErrorException(r.error);
  return r.value;
}

async function itemOf(dir: string, stored: StoredEvidence): Promise<EvidenceItem> {
  const found = await readEvidence(dir, stored.id);
  if (!found)
    throw new AppErrorException(
      appError(
        'evidence-missing',
        'evidence',
        'The evidence file could not be read back: attach it again.',
      ),
    );
  return found.kind === 'image'
    ? {
        id: stored.id,
        kind: 'image',
        thumbnail: `data:image/png;base64,${thumbnailPng(found.png).toString('base64')}`,
        text: null,
      }
    : { id: stored.id, kind: 'text', thumbnail: null, text: found.text };
}

async function writeChosen(path: string, data: Buffer): Promise<string> {
  const r = await writeFileDurable(dirname(path), basename(path), data, { overwrite: true });
  return unwrap(r).path;
}

/** Evidence files and completion certificates; certificate facts come from the vault, never keys. */
export function createReportChannels(
  deps: ReportChannelDeps,
  vault: KeyVault,
): Pick<Handlers, ReportChannel> {
  const dir = deps.evidenceDir;
  /** The record of the scope asked for, from the renderer's records and the vault's facts. */
  const recordOf = async ({
    site,
    progress,
    serverStates,
    scope,
  }: ParsedArgsOf<'report:print'>) => {
    const certificates = { hubs: [...vault.list()], siteCa: vault.getCa()?.metadata ?? null };
    const inputs = await reportInputsOf(
      { site, progress, certificates },
      dir,
      (serverStates ?? {}) as CheckSources['collected'],
    );
    if (scope.kind === 'hub' && !site.hubs.some((h) => h.id === scope.hubId))
      throw new AppErrorException(
        appError('unknown-hub', 'scope.hubId', `There is no hub '${scope.hubId}' in this site.`),
      );
    return buildReportRecord(inputs, scope);
  };
  const pdfOf = async (record: ReportRecord) =>
    renderReportPdf({
      record,
      evidence: await readEvidenceViews(dir, evidenceIds(record)),
      issuedAt: deps.now(),
      fontsDir: deps.fontsDir,
    });
  return {
    'evidence:add-image': async ({ name, base64 }) =>
      itemOf(dir, unwrap(await saveEvidenceImage(dir, Buffer.from(base64, 'base64'), name))),
    'evidence:add-text': async ({ text }) => itemOf(dir, unwrap(await saveEvidenceText(dir, text))),
    'evidence:get': async ({ ids }) => {
      const out: EvidenceItem[] = [];
      for (const id of ids) {
        const found = await readEvidence(dir, id);
        if (found) out.push(await itemOf(dir, { id, kind: found.kind }));
      }
      return out;
    },
    'evidence:remove': async ({ id }) => {
      await removeEvidence(dir, id);
      return null;
    },
    'report:save-pdf': async ({ suggestedName, ...args }) => {
      const record = await recordOf(args);
      const path = await deps.pickReportFile(suggestedName);
      if (path === null) return null;
      return { path: await writeChosen(path, await pdfOf(record)), documentId: documentId(record) };
    },
    'report:save-ics': async ({ site, suggestedName }) => {
      const list = expiryList(site, vault.list(), vault.getCa()?.metadata ?? null, deps.now());
      if (list.length === 0)
        throw new AppErrorException(
          appError(
            'no-certificates',
            'site',
            'No certificate has been generated for this site yet: generate them under Certificates first.',
          ),
        );
      const path = await deps.pickReportFile(suggestedName);
      if (path === null) return null;
      const text = expiryIcs(site, list, deps.now());
      return { path: await writeChosen(path, Buffer.from(text, 'utf8')), documentId: '' };
    },
    'report:print': async (args) => {
      const record = await recordOf(args);
      const id = documentId(record);
      const name = `completion-${id.slice(0, 8)}.pdf`;
      return { documentId: id, problem: await deps.printPdf(await pdfOf(record), name) };
    },
  };
}
