import { z } from 'zod';
import { siteFileSchema } from '../site-file/schema';
import { siteSchema } from '../site/site';
import { serverStateRecordSchema } from '../verification/stick';
import { channel } from './channel';

/**
 * Evidence and completion-certificate channels, spread into `contract`. Evidence images cross once,
 * as base64, from a file picker, a drop or a paste to main, which checks and cleans them and keeps
 * them as files; the renderer keeps only ids (content hashes) and asks for thumbnails when it shows
 * them. Reports are built in main from the records the renderer sends plus the vault's certificate
 * facts, with core's record builder.
 */

/** One evidence item as the step screen and the preview show it. */
export interface EvidenceItem {
  readonly id: string;
  readonly kind: 'image' | 'text';
  /** A small PNG as a data: URL (images only; CSP allows data: images). */
  readonly thumbnail: string | null;
  /** The pasted output (text only). */
  readonly text: string | null;
}

/** A written report file and the document ID printed on it. */
export interface SavedReport {
  readonly path: string;
  readonly documentId: string;
}

/** Evidence ids are the SHA-256 of the stored file. */
const evidenceId = z
  .string({ error: 'evidence id must be text' })
  .regex(/^[0-9a-f]{64}$/u, 'evidence id must be 64 lower-case hex digits');

/** Base64 of at most 15 MB of image (the evidence service refuses larger ones with its own message). */
const MAX_IMAGE_BASE64 = Math.ceil((15 * 1024 * 1024) / 3) * 4 + 16;

const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('site') }).strict(),
  z.object({ kind: z.literal('hub'), hubId: z.string().min(1).max(64) }).strict(),
]);

/** What a report is made from: the renderer's records; certificate facts come from main's vault. */
const reportArgs = z.object({
  site: siteSchema,
  progress: siteFileSchema.shape.progress,
  /** The hubs' collected states the sign-off screen checked (by hub id); optional. */
  serverStates: z.record(z.string().max(64), serverStateRecordSchema).optional(),
  scope,
});

/** A certificate sent to the print dialog, with the document ID printed on it. */
interface PrintedReport {
  readonly documentId: string;
  /** Why the viewer could not be opened, or null when it was. */
  readonly problem: string | null;
}

export const reportChannels = {
  'evidence:add-image': channel<EvidenceItem>()(
    z
      .object({
        name: z.string({ error: 'file name must be text' }).min(1).max(255),
        base64: z
          .string({ error: 'image content must be text' })
          .max(MAX_IMAGE_BASE64, 'the image is larger than 15 MB: attach a smaller one')
          .regex(/^[A-Za-z0-9+/=\s]*$/u, 'image content is not base64'),
      })
      .strict(),
  ),
  'evidence:add-text': channel<EvidenceItem>()(
    z
      .object({
        text: z
          .string({ error: 'pasted output must be text' })
          .max(
            64 * 1024,
            'the pasted output is longer than 64 KB: paste only the part the step asks for',
          ),
      })
      .strict(),
  ),
  'evidence:get': channel<readonly EvidenceItem[]>()(
    z.object({ ids: z.array(evidenceId).max(2000) }).strict(),
  ),
  'evidence:remove': channel<null>()(z.object({ id: evidenceId }).strict()),
  'report:save-pdf': channel<SavedReport | null>()(
    reportArgs
      .extend({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^\\/\0]+\.pdf$/u, 'suggested name must end in .pdf'),
      })
      .strict(),
  ),
  'report:save-ics': channel<SavedReport | null>()(
    z
      .object({
        site: siteSchema,
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^\\/\0]+\.ics$/u, 'suggested name must end in .ics'),
      })
      .strict(),
  ),
  /** The same PDF as Save PDF…, printed through Electron's print dialog in a window of its own (never the app window). */
  'report:print': channel<PrintedReport>()(reportArgs.strict()),
} as const;
