/**
 * Where the board's review takes its papers and sends its decisions: the operator's window asks its
 * engine; a reviewer device (renderer/features/device) may give its own link. The screen itself
 * knows only these three calls.
 */
import type { CommandInput, CommandOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { client } from '../../app/client-instance';
import type { PendingPaper } from './review-items';
import type { SheetImage } from './review-picture';

export type DecideInput = Omit<CommandInput<'papers:decide'>, 'ballotId'>;

export interface ReviewSource {
  pending(): Promise<Result<PendingPaper[]>>;
  decide(d: DecideInput): Promise<Result<CommandOutput<'papers:decide'>>>;
  sheetImage(image: string): Promise<Result<SheetImage>>;
}

export function engineReviewSource(ballotId: number): ReviewSource {
  return {
    pending: () => client().call('papers:pending', { ballotId }),
    decide: (d) => client().call('papers:decide', { ballotId, ...d }),
    sheetImage: (image) => client().call('papers:sheetImage', { ballotId, image }),
  };
}
