import type { CommandName } from '../../shared/contract/channels';
import type { Caller } from '../../shared/contract/envelope';
import { AppError } from '../../shared/contract/result';
import { getHallDevice } from '../db/hall-devices';
import type { CongressContext } from '../services/context';

/**
 * A counting station's assignment (docs/hall-network.md §3): the operator approves it for one
 * ballot, one pass and, perhaps, a range of paper numbers, and its paper commands are refused for
 * anything else. Read from the device's row in the congress file on every command (the caller
 * carries only its id), so what the operator approved is what holds. A station without an
 * assignment, and every other caller, is not restricted here (the role table still is).
 */
const PAPER_COMMANDS: ReadonlySet<CommandName> = new Set(['papers:record', 'papers:recordMany', 'papers:void']);

interface PaperInput {
  ballotId: number;
  pass: number;
  paper?: number;
  papers?: { paper: number }[];
}

export function assertAssigned(ctx: CongressContext, channel: CommandName, input: unknown, caller: Caller): void {
  if (caller.role !== 'counting-station' || !PAPER_COMMANDS.has(channel)) return;
  const assignment = getHallDevice(ctx.db, caller.deviceId)?.assignment;
  if (!assignment) return;
  const asked = input as PaperInput;
  const device = caller.deviceName;
  if (asked.ballotId !== assignment.ballotId || asked.pass !== assignment.pass) {
    throw AppError.of(
      'ACCESS_DENIED',
      'station.notAssigned',
      { device, ballotId: assignment.ballotId, pass: assignment.pass, askedBallot: asked.ballotId, askedPass: asked.pass },
      { channel, assignment },
    );
  }
  const range = assignment.papers;
  if (!range) return;
  const numbers = asked.papers ? asked.papers.map((p) => p.paper) : [asked.paper ?? 0];
  const outside = numbers.find((n) => n < range.from || n > range.to);
  if (outside !== undefined) {
    throw AppError.of(
      'ACCESS_DENIED',
      'station.paperOutOfRange',
      { device, from: range.from, to: range.to, paper: outside },
      { channel, assignment },
    );
  }
}
