import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { appError, fail, type Result } from '../../../core/errors';
import type { PfxProfile } from '../../../core/certificates/profile';
import type { InspectReport } from '../../../core/certificates/inspection';

/** What the inspection worker receives (structured-cloned; the password stays in this process tree). */
export interface InspectJob {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly password?: string;
  readonly target: PfxProfile | null;
  readonly nowMs: number;
}

/**
 * Longest an inspection may run. A file at every cap (16 parts of 200,000 iterations) needs about
 * a minute on a slow laptop; anything the caps let through that runs longer is refused.
 */
const INSPECT_TIMEOUT_MS = 60_000;

/**
 * The worker to start: the built bundle ships `inspect-worker.js` beside the main or CLI entry.
 * Run from source (tests, bench), the `.ts` entry is loaded through tsx's ESM API, registered
 * inside the worker (Node 20 workers do not take `--import` hooks from execArgv).
 */
function startWorker(job: InspectJob): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./inspect-worker.js', import.meta.url), { workerData: job });
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const tsx = require(tsxPackage) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const apiPath = tsx.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  const api = pathToFileURL(join(dirname(tsxPackage), apiPath));
  const entry = new URL('./inspect-worker.ts', import.meta.url);
  const code = `import(${JSON.stringify(api.href)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData: job });
}

/**
 * Inspects a certificate or PFX in a worker thread, so neither the app's main process nor the CLI
 * freezes on a file that asks for too much work: past `timeoutMs` the worker is terminated and
 * the answer says the file took too long.
 */
export function inspectOffThread(
  job: InspectJob,
  timeoutMs: number = INSPECT_TIMEOUT_MS,
): Promise<Result<InspectReport>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: Result<InspectReport>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const worker = startWorker(job);
    const timer = setTimeout(
      () =>
        settle(
          fail(
            appError(
              'inspect-timeout',
              'file',
              `${job.name} took too long to inspect (more than ${Math.round(timeoutMs / 1000)} s): not opened. A certificate or PFX exported by Windows, OpenSSL or Java opens in seconds; export it again with normal settings.`,
            ),
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (r: Result<InspectReport>) => settle(r));
    worker.once('error', () =>
      settle(
        fail(
          appError(
            'file-unreadable',
            'file',
            `${job.name} could not be inspected: not a certificate (PEM/DER) or PFX file this app can read.`,
          ),
        ),
      ),
    );
    worker.once('exit', () =>
      settle(fail(appError('file-unreadable', 'file', `${job.name} could not be inspected.`))),
    );
  });
}
