import type { viFiles } from './vi-files';

/** English for vi-files.ts: the same keys (plural keys may add `_one`). */
export const enFiles = {
  'file.notFound': 'File "{path}" not found.',
  'file.existsChooseAnother': 'File "{path}" already exists.',
  'file.damaged':
    '"{path}" is damaged (power loss, a failing disk or an unfinished copy). The file was not changed; open the latest backup.',
  'file.notCongress': '"{path}" is not a Congress Desk congress file.',
  'file.empty':
    '"{path}" is empty ({detail}): no congress is left in it, perhaps overwritten, half-copied or cut by a power loss. The file was not changed; open the latest backup.',
  'file.fromNewerApp':
    '"{path}" was written by a newer Congress Desk (schema {version}, this app supports {supported}). Update the app; the file was not changed.',
  'file.locked': '"{path}" is already open in another window or program. Close it there first.',
  'file.lockedAs': '"{path}" is already open in another window or program (open as "{heldAs}"). Close it there first.',
  'file.isOpenCongress': '"{path}" is the congress file that is open ({heldAs}), not a file to import. Pick the right file.',
  'file.walEvidenceNotKept_one':
    'The write-ahead log (-wal) of "{path}" is damaged ({count} committed transaction would be lost) and the evidence could not be copied beside it ({detail}). The file was not opened, so the evidence is not lost: free some space or allow writing in that folder and open it again, or open the latest backup.',
  'file.walEvidenceNotKept_other':
    'The write-ahead log (-wal) of "{path}" is damaged ({count} committed transactions would be lost) and the evidence could not be copied beside it ({detail}). The file was not opened, so the evidence is not lost: free some space or allow writing in that folder and open it again, or open the latest backup.',
  'file.lost': 'The congress file "{path}" $t(file.lostHow.{kind}) while the app was running. The app has stopped writing.',
  'file.lostSaved': '$t(file.lost) Everything acknowledged is saved in the emergency copy "{emergencyCopy}". Open it to go on.',
  'file.lostSavedWithLast':
    '$t(file.lost) Everything acknowledged (the last one included) is saved in the emergency copy "{emergencyCopy}". Open it to go on.',
  'file.lostNotSaved': '$t(file.lost) The emergency copy could not be written ({emergencyError}). Open the latest backup.',
  'file.lostHow.deleted': 'was deleted or moved away',
  'file.lostHow.replaced': 'was replaced by another file',
  'file.lostHow.overwritten': 'was written over by another program',
  'file.lostHow.wal_removed': 'lost its write-ahead log (-wal)',
  'verify.headInvalid': '--head needs the audit code: at least 16 hex digits (0-9, a-f), as printed in the minutes; got "{text}".',
  'verify.notCongress': '"{path}" is not a congress file.',
  'verify.fromNewerApp': '"{path}" was written by a newer Congress Desk (schema {version}); verify it with that version.',
  'verify.locked': '"{path}" is open elsewhere; close it, then verify.',
  'verify.damaged': '"{path}" is damaged: {detail}',
  'backup.notOfThisCongress': '"{path}" is not a backup of this congress.',
  'backup.unusable': 'The backup "{path}" cannot be used: {problem}. Choose another one.',
  'backup.closedBeforeCopy': 'The congress was closed before the copy finished.',
  'backup.secondFolderNotAbsolute': 'The second folder must be a full path (e.g. E:\\Backups or /media/usb/Backups), got "{folder}".',
  'engine.unknownCommand': 'Unknown command: {channel}',
  'engine.invalidInput': 'Invalid input for {channel}: {detail}',
  'engine.noCongressOpen': 'No congress is open. Create one, open a file or open the demo.',
  'engine.noCongressInFile': '"{path}" holds no congress.',
  'engine.stopped':
    'The app’s engine stopped before answering this command. The app is restarting it and reopening the congress file; every command already confirmed is saved in the file.',
  'engine.gaveUp_one':
    'The app’s engine stopped {count} time in a row and is not restarted again. Close and reopen the app; every command already confirmed is in the congress file.',
  'engine.gaveUp_other':
    'The app’s engine stopped {count} times in a row and is not restarted again. Close and reopen the app; every command already confirmed is in the congress file.',
  'engine.closing': 'The app is closing: the command was not run.',
  'engine.internal': 'Internal error: {detail}',
  'engine.internalInEngine': 'Internal engine error: {detail}',
  'work.notOwn':
    '$t(work.role.{role}) ("{device}") may undo only what this device recorded ({channel}); this was recorded elsewhere. Ask the operator.',
  'work.role.operator': 'The operator',
  'work.role.projector': 'The projector',
  'work.role.display': 'A display screen',
  'work.role.checkin-desk': 'A check-in desk',
  'work.role.counting-station': 'A counting station',
  'work.role.reviewer': 'A reviewer',
  'export.formatNotAllowed': '"{what}" cannot be exported as {format}; choose one of: {allowed}.',
  'export.chooseBallot': 'Choose a ballot (--ballot <id>).',
  'export.noBallot': 'There is no ballot to export.',
  'export.noCandidates': '"{title}" has no list yet: no paper to print.',
  'export.allHaveCards': 'Every delegate already has a card.',
  'export.noDelegates': 'There is no delegate yet.',
  'export.noVotes': 'There is no show-of-hands vote yet.',
  'export.noCongressInFile': 'The file holds no congress.',
  'export.ballotNotCounted': '"{title}" is $t(export.ballotState.{state}): the minutes are made only after the count has ended.',
  'export.ballotState.preparing': 'being prepared',
  'export.ballotState.open': 'open for entry',
  'export.ballotState.counted': 'counted',
  'export.ballotState.published': 'published',
  'export.ballotState.finalized': 'finalized',
  'export.templateUnreadable': 'Template "{path}" cannot be read ({detail}). Fix the file or clear the template folder.',
  'job.stopped': 'The job was stopped midway; no file was left half-written.',
  'job.workerExited': 'The worker thread ended unexpectedly (code {exitCode}); no file was left half-written.',
} as const satisfies Record<keyof typeof viFiles, string> & Record<string, string>;
