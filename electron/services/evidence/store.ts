import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, fail, ok, type Result } from '../../../core/errors';
import { writeFileDurable } from '../files/write-durable';
import { cleanImage } from './image';

/** Pasted command output kept as evidence: at most this many characters. */
export const EVIDENCE_TEXT_MAX = 64 * 1024;

/** An evidence file's id: the SHA-256 of its stored bytes, so the document ID covers the content. */
const evidenceIdPattern = /^[0-9a-f]{64}$/u;

/** What was stored. */
export interface StoredEvidence {
  readonly id: string;
  readonly kind: 'image' | 'text';
}

const fileOf = (id: string, kind: 'image' | 'text') => `${id}.${kind === 'image' ? 'png' : 'txt'}`;

async function store(
  dir: string,
  kind: 'image' | 'text',
  data: Buffer,
): Promise<Result<StoredEvidence>> {
  const id = createHash('sha256').update(data).digest('hex');
  await mkdir(dir, { recursive: true });
  const r = await writeFileDurable(dir, fileOf(id, kind), data, { overwrite: true });
  return r.ok ? ok({ id, kind }) : r;
}

/** Validates, cleans and stores an image in the evidence folder; its id is its content hash. */
export async function saveEvidenceImage(
  dir: string,
  bytes: Buffer,
  name: string,
): Promise<Result<StoredEvidence>> {
  const clean = cleanImage(bytes, name);
  return clean.ok ? store(dir, 'image', clean.value.png) : clean;
}

/** Stores pasted command output (text, size-limited, NUL-free) in the evidence folder. */
export async function saveEvidenceText(dir: string, text: string): Promise<Result<StoredEvidence>> {
  if (text.trim() === '')
    return fail(
      appError(
        'evidence-empty',
        'output',
        'The pasted output is empty: paste what the command printed.',
      ),
    );
  if (text.length > EVIDENCE_TEXT_MAX)
    return fail(
      appError(
        'evidence-too-large',
        'output',
        'The pasted output is longer than 64 KB: paste only the part the step asks for.',
      ),
    );
  return store(dir, 'text', Buffer.from(text.replace(/\0/gu, ''), 'utf8'));
}

/** Reads a stored evidence file, or null when it is not in this folder (or the id is not one). */
export async function readEvidence(
  dir: string,
  id: string,
): Promise<{ kind: 'image'; png: Buffer } | { kind: 'text'; text: string } | null> {
  if (!evidenceIdPattern.test(id)) return null;
  for (const kind of ['image', 'text'] as const) {
    try {
      const data = await readFile(join(dir, fileOf(id, kind)));
      if (createHash('sha256').update(data).digest('hex') !== id) return null;
      return kind === 'image' ? { kind, png: data } : { kind, text: data.toString('utf8') };
    } catch {
      // not this kind
    }
  }
  return null;
}

/** Deletes a stored evidence file (both kinds); an id that is not one is ignored. */
export async function removeEvidence(dir: string, id: string): Promise<void> {
  if (!evidenceIdPattern.test(id)) return;
  await rm(join(dir, fileOf(id, 'image')), { force: true });
  await rm(join(dir, fileOf(id, 'text')), { force: true });
}
