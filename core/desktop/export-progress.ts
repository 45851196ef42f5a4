/**
 * How far a USB bundle export is: every file is first written beside its final name and read
 * back ('writing'), then switched in by one rename each ('switching'). `done` counts the files of
 * the current stage, `total` the files of the export. 'failed' ends an export that wrote nothing.
 */
export interface ExportProgress {
  readonly stage: 'writing' | 'switching' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
}

/** What the export panel and the taskbar (Windows) or dock (macOS) show for an export's progress. */
interface ExportProgressView {
  /** 0 to 1 over both stages (writing is the first half, switching the second); 1 when done. */
  readonly fraction: number;
  /** Electron's `setProgressBar` value: the fraction while working, -1 (no bar) once finished. */
  readonly taskbar: number;
  readonly mode: 'normal' | 'error';
  /** One line for the export panel. */
  readonly words: string;
}

const clamp = (n: number, total: number) => Math.max(0, Math.min(total, n));

/**
 * The one reading of an export's progress, for the export panel and the taskbar alike: writing
 * fills the first half, switching in the second, so the bar only moves forward.
 */
export function exportProgressView(p: ExportProgress): ExportProgressView {
  const total = Math.max(0, p.total);
  const done = clamp(p.done, total);
  const files = total === 1 ? 'file' : 'files';
  switch (p.stage) {
    case 'failed':
      return { fraction: 0, taskbar: -1, mode: 'error', words: 'Export stopped.' };
    case 'done':
      return { fraction: 1, taskbar: -1, mode: 'normal', words: `${total} ${files} written.` };
    case 'writing':
      return {
        fraction: total === 0 ? 0 : done / (2 * total),
        taskbar: total === 0 ? 0 : done / (2 * total),
        mode: 'normal',
        words: `Writing and reading back: ${done} of ${total} ${files}`,
      };
    case 'switching':
      return {
        fraction: total === 0 ? 1 : (total + done) / (2 * total),
        taskbar: total === 0 ? 1 : (total + done) / (2 * total),
        mode: 'normal',
        words: `Putting in place: ${done} of ${total} ${files}`,
      };
  }
}
