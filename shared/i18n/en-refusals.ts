import type { viRefusals } from './vi-refusals';

/** English for vi-refusals.ts: the same keys (plural keys may add `_one`). */
export const enRefusals = {
  'request.reusedId': 'Request id "{requestId}" was already used for another command or by another device; {channel} was not run.',
  'request.alreadyDone':
    '{channel} with this request id was already done at {when}; its answer is no longer kept (the app restarted, or it was long ago). It was not done again; see the result on screen.',
  'request.idNeeded':
    '$t(work.role.{role}) must send a request id (X-Request-Id) with the writing command {channel}, so a retry is never done twice.',
  'request.invalidId': 'Request id "{requestId}" is not valid: a UUID is needed (e.g. 123e4567-e89b-42d3-a456-426614174000).',
  'role.mayNotUse': '$t(work.role.{role}) may not use {channel}.',
  'role.localOnly':
    "$t(work.role.{role}) may not use {channel}: it works on the operator laptop's files and folders, so only that laptop may.",
  'window.notAllowedHere': 'This window may not use this command: {channel}',
  'window.unknownSender': "{channel} refused: it did not come from one of the app's windows.",
  'window.badCongressName': 'Invalid congress name.',
  'engine.internalUnchanged': 'Internal error: {detail}. Nothing was changed.',
  'link.mainUnreachable': 'The main process could not be reached: {detail}',
  'link.noAnswer': 'No answer from the Congress Desk host (connection lost); the command is not confirmed. ({cause})',
  'link.tokenRefused':
    'The host does not accept this page’s access token (it may have restarted with new ones). Open the address it printed again. ({cause})',
  'reopen.failed': 'Could not reopen the last congress "{path}": $t(reopen.why.{why}). $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'reopen.failedSaid': 'Could not reopen the last congress "{path}": $t({said}) $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'reopen.why.FILE_LOCKED': 'it is open in another running Congress Desk (or another program)',
  'reopen.why.FILE_NOT_FOUND': 'the file is no longer there (moved, renamed, deleted, or the USB stick was removed)',
  'reopen.why.FILE_DAMAGED': 'the file is damaged',
  'reopen.why.FILE_FROM_NEWER_APP': 'it was written by a newer Congress Desk',
  'reopen.why.FILE_NOT_CONGRESS': 'it is not a congress file',
  'reopen.why.NOT_A_FILE': 'the path is not a file',
  'reopen.why.system': '{detail}',
  'reopen.nothingOpen': 'No congress is open (the demo was not opened in its place).',
  'reopen.offer.retry': 'Try opening the file again, or open another one.',
  'reopen.offer.backup': 'Try opening the file again, open the newest usable backup ({when}), or open another file.',
  'restore.interrupted':
    'The last restore of "{path}" was interrupted (the app stopped half-way). $t(restore.state.{state}) $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'restore.state.completed':
    'The file had been replaced: "{path}" is now the restored copy; the file from before is kept in the backups ("before restore").',
  'restore.state.completedFrom':
    'The file had been replaced: "{path}" is now the restored copy of "{copy}"; the file from before is kept in the backups ("before restore").',
  'restore.state.notReplaced':
    'The file had not been replaced: "{path}" is as it was before the restore; the half-made copy was removed. You can restore again.',
  'roster.tooLarge':
    '"{fileName}" is {megabytes, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB, over the {limit, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB limit. Keep only the roster sheet (no pictures or other sheets) and save again.',
  'roster.tooManyRows': '"{fileName}" has more than {rows} rows, over the {limit} row limit. Is this the delegate roster?',
  'roster.unpacksTooLarge':
    '"{fileName}" unpacks to {megabytes, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB, over the {limit, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB limit: too large for a list, or a forged file. Keep only the list sheet and save again.',
  'tally.field.valid': 'Valid papers',
  'tally.field.invalid': 'Invalid papers',
  'tally.field.votesFor': 'Votes for {name}',
  'tally.problem.notInteger': '$t(tally.field.{field}) must be a whole number ({value}).',
  'tally.problem.negative': '$t(tally.field.{field}) cannot be negative ({value}).',
  'tally.problem.unknownCandidate': 'No candidate number {number} on the list.',
  'tally.problem.votesExceedValid': '{name} has {votes} votes, more than the valid papers ({valid}).',
  'tally.problem.votesSumExceeds': 'Total votes ({sum}) exceed valid papers × seats ({valid} × {seats} = {limit}).',
  'tally.problem.returnedExceedsIssued': 'Valid plus invalid papers ({returned}) exceed the papers issued ({issued}).',
  'ballot.countsRefused_one': 'The count was not saved ({count} problem):',
  'ballot.countsRefused_other': 'The count was not saved ({count} problems):',
  'vote.field.for': 'for',
  'vote.field.against': 'against',
  'vote.field.abstain': 'abstain',
  'vote.problem.notCount': 'The $t(vote.field.{field}) count must be a whole number ≥ 0.',
  'vote.problem.nobodyPresent': 'No official delegates present yet; enter the number present first.',
  'vote.problem.tooMany': 'For + against + abstain is {sum}, which does not match the {present} delegates present ({diff} too many).',
  'vote.problem.tooFew': 'For + against + abstain is {sum}, which does not match the {present} delegates present ({diff} missing).',
  'vote.countsRefused': '$t({problem}) The vote cannot be closed.',
  'cli.refused': 'Error: {text}',
  'paperFile.header': 'The first line must be the header "paper,struck,invalid"',
  'paperFile.badPaper': 'Not a paper number: "{text}"',
  'paperFile.badNumbers': 'Not candidate numbers: "{tokensEn}"',
  'paperFile.badReason': 'Unknown reason for an invalid paper: "{text}" (use: {allowed})',
} as const satisfies Record<keyof typeof viRefusals, string> & Record<string, string>;
