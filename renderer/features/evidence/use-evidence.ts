import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/ipc/report-channels';
import { runbookApi } from '../../runbook-api';

/**
 * The evidence items (thumbnails, pasted output) for a list of ids, fetched from main whenever the
 * list changes. Kept in memory only: images never reach localStorage.
 */
export function useEvidence(ids: readonly string[]): readonly EvidenceItem[] {
  const [fetched, setItems] = useState<readonly EvidenceItem[]>([]);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split(',');
    if (wanted.length === 0) return;
    void runbookApi()
      ?.evidenceGet({ ids: wanted })
      .then((r) => {
        if (live && r.ok) setItems(r.value);
      });
    return () => {
      live = false;
    };
  }, [key]);
  // Only what is still attached (a removed id disappears at once, before any fetch).
  return fetched.filter((item) => ids.includes(item.id));
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
