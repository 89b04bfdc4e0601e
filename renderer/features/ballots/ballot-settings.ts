import type { CommandInput } from '../../../shared/contract/channels';

/** A ballot's settings as the form edits them: what the ballot form and its rules fields share. */
export type BallotSettings = CommandInput<'ballots:create'>;
