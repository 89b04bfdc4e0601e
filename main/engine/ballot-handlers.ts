import { entryLog } from '../services/entry-log-service';
import type { CommandName } from '../../shared/contract/channels';
import {
  aggregateBallot,
  ballotProgress,
  ballotTally,
  countBallot,
  finalizeBallot,
  publishBallot,
  reopenBallot,
} from '../services/ballot-count-service';
import { nextRound } from '../services/ballot-round-service';
import {
  ballotById,
  ballotList,
  createBallot,
  importCandidates,
  openBallot,
  previewCandidates,
  setCandidates,
  setCounts,
  updateBallot,
} from '../services/ballot-service';
import type { CongressContext } from '../services/context';
import { paperList, recordPaper, resolvePaper, voidPaperEntry } from '../services/paper-service';
import { recordPapers } from '../services/paper-batch-service';
import type { Handlers } from './handler-table';
import type { ScanChannel } from './scan-handlers';

/** The scanning channels have their own table (scan-handlers.ts). */
type BallotChannel = Exclude<Extract<CommandName, `ballots:${string}` | `papers:${string}`>, ScanChannel>;

/** The ballot and paper channels of the contract. */
export function createBallotHandlers(ctx: () => CongressContext): Pick<Handlers, BallotChannel> {
  return {
    'ballots:list': () => ballotList(ctx()),
    'ballots:get': (i) => ballotById(ctx(), i.id),
    'ballots:create': (i) => createBallot(ctx(), i),
    'ballots:update': ({ id, ...patch }) => updateBallot(ctx(), id, patch),
    'ballots:setCandidates': (i) => setCandidates(ctx(), i.id, i.candidates, i.orderOverrideReason),
    'ballots:importCandidates': ({ id, ...file }) => importCandidates(ctx(), id, file),
    'ballots:previewCandidates': ({ id, ...file }) => previewCandidates(ctx(), id, file),
    'ballots:open': (i) => openBallot(ctx(), i.id),
    'ballots:setCounts': ({ id, ...counts }) => setCounts(ctx(), id, counts),
    'papers:record': (i) => {
      const r = recordPaper(ctx(), i);
      return { entry: r.entry, valid: r.valid, invalidReason: r.invalidReason, warnings: r.warnings };
    },
    'papers:recordMany': (i) => recordPapers(ctx(), i),
    'papers:void': (i) => (voidPaperEntry(ctx(), i.ballotId, i.pass, i.paper, i.reason), null),
    'papers:list': (i) => paperList(ctx(), i.ballotId, i.pass),
    'papers:log': (i) => entryLog(ctx(), i.ballotId),
    'papers:resolve': (i) => (resolvePaper(ctx(), i), null),
    'ballots:aggregate': ({ ballotId, ...counts }) => aggregateBallot(ctx(), ballotId, counts),
    'ballots:progress': (i) => ballotProgress(ctx(), i.id),
    'ballots:count': (i) => countBallot(ctx(), i.id),
    'ballots:tally': (i) => ballotTally(ctx(), i.id),
    'ballots:publish': (i) => publishBallot(ctx(), i.id),
    'ballots:finalize': (i) => finalizeBallot(ctx(), i.id),
    'ballots:reopen': (i) => reopenBallot(ctx(), i.id, i.reason),
    'ballots:nextRound': (i) => nextRound(ctx(), i.id, i),
  };
}
