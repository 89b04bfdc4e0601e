/**
 * The kinds of job a worker thread runs, by name. A job gets its input (structured-cloneable) and a
 * progress callback, and answers its output; an AppError it throws reaches the caller as the same
 * AppError. Each kind is loaded only by the thread that runs it: the scan reader brings a native
 * image library (sharp), which an export must never need to load.
 */
export type Job = (input: never, progress: (progress: unknown) => void) => Promise<unknown>;

export const JOBS: Record<string, () => Promise<Job>> = {
  export: async () => (await import('../export/worker/export-job')).exportJob as Job,
  scan: async () => (await import('./scan-job')).scanJob as Job,
};
