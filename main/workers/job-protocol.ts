/** The messages between the engine and a job worker (job-runner.ts ↔ job-worker.ts). */
import type { AppErrorData } from '../../shared/contract/result';

export interface JobStart {
  kind: string;
  input: unknown;
}

export type JobMessage =
  | { type: 'progress'; progress: unknown }
  | { type: 'done'; output: unknown }
  /** An AppError as its data; anything else as its message (the engine answers INTERNAL for it). */
  | { type: 'error'; appError: AppErrorData | null; message: string };
