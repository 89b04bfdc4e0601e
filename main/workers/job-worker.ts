/**
 * The worker thread's entry: runs the one job it was started for (jobs.ts), posts its progress and
 * its result or error, and ends. The engine's thread stays free to answer every other command.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/contract/result';
import type { JobMessage, JobStart } from './job-protocol';
import { JOBS } from './jobs';

async function main(port: NonNullable<typeof parentPort>, start: JobStart): Promise<void> {
  const post = (message: JobMessage) => port.postMessage(message);
  try {
    const load = JOBS[start.kind];
    if (!load) throw new Error(`unknown job kind: ${start.kind}`);
    const job = await load();
    const output = await job(start.input as never, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', output });
  } catch (error) {
    post({
      type: 'error',
      appError: error instanceof AppError ? error.toData() : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

if (parentPort) void main(parentPort, workerData as JobStart);
