/**
 * How long a component test waits for an export's answer: the export runs in a worker thread
 * (main/workers/job-runner.ts) started from sources with tsx's loader, which alone takes a second
 * or more on a busy machine, past Testing Library's default of one second.
 */
export const jobWait = { timeout: 15_000 } as const;
