/**
 * What the desktop app's main process and its engine process say to each other (docs/command-path.md).
 * Transport-neutral: Electron's utilityProcess and process.parentPort carry these in the app, a
 * Node child process's IPC channel carries them in tests. Both clone structured data, so payloads
 * cross as they are; only the frame around them is checked here, the payloads are the contract's
 * (the engine validates every command's input itself).
 */
import { z } from 'zod';

/** The options the child's Engine is made with: plain data, so they can cross the process boundary. */
export const engineStartSchema = z
  .object({
    workspaceDir: z.string().min(1),
    appVersion: z.string().optional(),
    rememberRecent: z.boolean().optional(),
    eventRing: z.number().int().positive().optional(),
  })
  .strict();
export type EngineStart = z.infer<typeof engineStartSchema>;

const callId = z.number().int().nonnegative();

/** Main → engine. `start` once, after the child said `hello`; then calls, each with its own id. */
export const toEngineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: engineStartSchema }),
  z.object({ type: z.literal('invoke'), id: callId, channel: z.string(), input: z.unknown(), envelope: z.unknown().optional() }),
  z.object({ type: z.literal('state'), id: callId }),
  z.object({ type: z.literal('startUp'), id: callId }),
  /** After a restart: the file that was open before the old process died, or nothing. */
  z.object({ type: z.literal('reopen'), id: callId, path: z.string().nullable() }),
  /** Close the congress (its last commit folded into the file) and answer; main then ends the process. */
  z.object({ type: z.literal('shutdown'), id: callId }),
]);
export type ToEngine = z.infer<typeof toEngineSchema>;
export type EngineCall = Exclude<ToEngine, { type: 'start' }>;
export type EngineCallType = EngineCall['type'];

const stampSchema = z.object({ runId: z.string(), seq: z.number().int() });

/** Engine → main. Events and answers share one ordered channel: an answer comes after its command's events. */
export const fromEngineSchema = z.discriminatedUnion('type', [
  /** The child is listening: main may send `start`. */
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('ready'), runId: z.string() }),
  /** The engine could not be made (a native module that will not load, a workspace that cannot be read). */
  z.object({ type: z.literal('fatal'), message: z.string() }),
  z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown(), stamp: stampSchema }),
  /** `thrown`: what a call other than invoke threw, as AppErrorData (invoke answers a Result itself). */
  z.object({ type: z.literal('answer'), id: callId, value: z.unknown().optional(), thrown: z.unknown().optional() }),
]);
export type FromEngine = z.infer<typeof fromEngineSchema>;

/**
 * The child's end of the channel. In Electron it wraps process.parentPort (whose messages arrive
 * as MessageEvents: the wrapper hands on `.data`), in a Node child process.send/on('message').
 */
export interface ParentPort {
  postMessage(message: FromEngine): void;
  on(event: 'message', listener: (message: unknown) => void): void;
}

/** Main's end: one running engine process, however it was started. */
export interface EngineChild {
  postMessage(message: ToEngine): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Once, however the process ended: null when a signal ended it. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}
