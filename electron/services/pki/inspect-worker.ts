import { parentPort, workerData } from 'node:worker_threads';
import { inspectBytes } from './inspect';
import type { InspectJob } from './inspect-off-thread';

// The worker entry: one inspection per worker, so a crafted file can only ever stall this thread,
// which the caller terminates when its time is up.
const job = workerData as InspectJob;
parentPort?.postMessage(
  inspectBytes(Buffer.from(job.bytes), job.name, {
    password: job.password,
    target: job.target,
    now: new Date(job.nowMs),
  }),
);
