/**
 * The kinds of job a worker thread runs, by name. A job gets its input (structured-cloneable) and a
 * progress callback, and answers its output; an AppError it throws reaches the caller as the same
 * AppError.
 */
import { exportJob } from '../export/worker/export-job';
import { scanJob } from './scan-job';

export type Job = (input: never, progress: (progress: unknown) => void) => Promise<unknown>;

export const JOBS: Record<string, Job> = {
  export: exportJob,
  scan: scanJob,
};
