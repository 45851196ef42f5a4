import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/ipc/report-channels';
import { runbookApi } from '../../runbook-api';

/**
 * The evidence items (thumbnails, pasted output) for a list of ids, fetched from main whenever the
 * list changes, and which of the ids main could not find (null until main has answered for this
 * list). Kept in memory only: images never reach localStorage.
 */
export function useEvidenceState(ids: readonly string[]): {
  readonly items: readonly EvidenceItem[];
  readonly notAtHand: readonly string[] | null;
} {
  const [fetched, setFetched] = useState<{
    readonly key: string;
    readonly items: readonly EvidenceItem[];
  } | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split(',');
    if (wanted.length === 0) return;
    void runbookApi()
      ?.evidenceGet({ ids: wanted })
      .then((r) => {
        if (live && r.ok) setFetched({ key, items: r.value });
      });
    return () => {
      live = false;
    };
  }, [key]);
  // Only what is still attached (a removed id disappears at once, before any fetch).
  const items = (fetched?.items ?? []).filter((item) => ids.includes(item.id));
  const answered = key === '' || fetched?.key === key;
  return {
    items,
    notAtHand: answered ? ids.filter((id) => !items.some((item) => item.id === id)) : null,
  };
}

/** The evidence items for a list of ids (see useEvidenceState). */
export function useEvidence(ids: readonly string[]): readonly EvidenceItem[] {
  return useEvidenceState(ids).items;
}

/** A file's bytes as base64 (for the evidence channel). */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}
