import { nodeDurableFs, type DurableFs } from '../../../../electron/services/files/durable-fs';

export type Step = 'open' | 'write' | 'sync' | 'rename' | 'dirsync' | 'readFile';

/** An fs that behaves like the real one but fails a chosen step with a chosen errno code. */
export function faultFs(
  fail: Partial<
    Record<
      Step,
      {
        code: string;
        /** Fail this many calls (after the skipped ones); default: every call. */
        times?: number;
        /** Let this many calls of the step succeed before failing. */
        skip?: number;
        afterBytes?: number;
        before?: () => void;
      }
    >
  >,
): DurableFs & { calls: string[] } {
  const calls: string[] = [];
  const counts: Record<string, number> = {};
  const trip = (step: Step): void => {
    const f = fail[step];
    if (!f) return;
    counts[step] = (counts[step] ?? 0) + 1;
    const n = counts[step]! - (f.skip ?? 0);
    if (n <= 0 || (f.times !== undefined && n > f.times)) return;
    f.before?.();
    throw Object.assign(new Error(`injected ${f.code} at ${step}`), { code: f.code });
  };
  return {
    calls,
    ...nodeDurableFs,
    async open(p, flags, mode) {
      const isDir = flags === 'r';
      calls.push(isDir ? 'dirsync' : 'open');
      if (!isDir) trip('open');
      const h = await nodeDurableFs.open(p, flags, mode);
      let written = 0;
      return {
        async write(buf, off, len) {
          const f = fail.write;
          if (f?.afterBytes !== undefined) {
            const room = Math.max(0, f.afterBytes - written);
            if (room === 0) throw Object.assign(new Error('injected'), { code: f.code });
            const n = Math.min(room, len);
            const r = await h.write(buf, off, n);
            written += r.bytesWritten;
            return r;
          }
          trip('write');
          const r = await h.write(buf, off, len);
          written += r.bytesWritten;
          return r;
        },
        async sync() {
          trip(isDir ? 'dirsync' : 'sync');
          return h.sync();
        },
        close: () => h.close(),
      };
    },
    async rename(a, b) {
      calls.push('rename');
      trip('rename');
      return nodeDurableFs.rename(a, b);
    },
    async readFile(p) {
      calls.push('readFile');
      trip('readFile');
      return nodeDurableFs.readFile(p);
    },
  };
}
