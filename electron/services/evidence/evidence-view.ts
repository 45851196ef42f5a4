/** Evidence as the PDF shows it: a re-encoded image (PNG bytes) or pasted command output. */
export type EvidenceView =
  | {
      readonly kind: 'image';
      readonly png: Uint8Array;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'text'; readonly text: string };

/** Evidence by id; an id with no entry is shown as "not on this computer". */
export type EvidenceViews = ReadonlyMap<string, EvidenceView>;
