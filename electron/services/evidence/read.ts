import { PNG } from 'pngjs';
import type { EvidenceView } from './evidence-view';
import { readEvidence } from './store';

/** The evidence a report shows, read from the evidence folder; ids not found are left out. */
export async function readEvidenceViews(
  dir: string,
  ids: readonly string[],
): Promise<Map<string, EvidenceView>> {
  const out = new Map<string, EvidenceView>();
  for (const id of ids) {
    const found = await readEvidence(dir, id);
    if (!found) continue;
    if (found.kind === 'text') out.set(id, found);
    else {
      const { width, height } = PNG.sync.read(found.png);
      out.set(id, { kind: 'image', png: found.png, width, height });
    }
  }
  return out;
}
