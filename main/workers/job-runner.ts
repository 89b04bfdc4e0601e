/**
 * Runs a named job (jobs.ts) in its own worker thread: the engine's thread only passes messages, so
 * check-ins and every other command are answered while a long job (an export, later the scanning)
 * renders. One thread per job, ended when the job ends: nothing stays loaded between two exports.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/contract/result';
import { jobWorkerEntry } from './job-entry';
import type { JobMessage, JobStart } from './job-protocol';

export interface JobOptions<P> {
  onProgress?: (progress: P) => void;
  /** Ends the thread at once (the job's writes are atomic: nothing half-written is left). */
  signal?: AbortSignal;
}

export function runJob<O, P = unknown>(kind: string, input: unknown, options: JobOptions<P> = {}): Promise<O> {
  const entry = jobWorkerEntry();
  const start: JobStart = { kind, input };
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData: start, execArgv: entry.execArgv });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      done();
      void worker.terminate();
    };
    const abort = () => settle(() => reject(AppError.of('EXPORT_FAILED', 'job.stopped', undefined, { kind, stopped: true })));
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener('abort', abort);
    worker.on('message', (message: JobMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress as P);
      else if (message.type === 'done') settle(() => resolve(message.output as O));
      else {
        const e = message.appError;
        settle(() => reject(e ? AppError.fromData(e) : new Error(message.message)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(AppError.of('EXPORT_FAILED', 'job.workerExited', { exitCode: String(code) }, { kind, exitCode: code, stopped: true })),
      ),
    );
  });
}
