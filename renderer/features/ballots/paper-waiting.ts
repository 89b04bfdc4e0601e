import type { CommandInput } from '../../../shared/contract/channels';
import { durableList } from '../../client/durable-list';

/**
 * The papers typed on this device that the engine has not answered yet, each with the request id
 * of its first try: a reload (F5) while the link is down finds them again, and the entry screen
 * sends them in their order under those ids, so none is lost and none is saved twice
 * (paper-entry-store.ts, docs/command-path.md).
 */
export interface WaitingPaper {
  requestId: string;
  /** The congress file it was typed for: sent only while that file is open. */
  scope: string;
  input: CommandInput<'papers:record'>;
}

const list = durableList<WaitingPaper>('congress-desk-outbox:papers');

export function keepPaper(paper: WaitingPaper): void {
  list.write([...list.read(), paper]);
}

export function forgetPaper(requestId: string): void {
  list.write(list.read().filter((p) => p.requestId !== requestId));
}

export function waitingPapers(scope: string, ballotId: number, pass: number): WaitingPaper[] {
  return list.read().filter((p) => p.scope === scope && p.input.ballotId === ballotId && p.input.pass === pass);
}
