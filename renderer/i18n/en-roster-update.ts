import type { viRosterUpdate } from './vi-roster-update';

/** English for vi-roster-update.ts. */
export const enRosterUpdate: Record<keyof typeof viRosterUpdate, string> = {
  'rosterUpdate.mode': 'How to import',
  'rosterUpdate.modeAdd': 'Add new delegates',
  'rosterUpdate.modeUpdate': 'Update the roster (by delegate code)',
  'rosterUpdate.modeUpdateHint':
    'A known code: the columns of the file are updated (a column the file lacks stays as it is). A new code or none: added. Check-ins already recorded are kept.',
  'rosterUpdate.summary': 'Add {added} · Update {updated}{fields} · Unchanged {unchanged} · Not in the file {missing}',
  'rosterUpdate.changesTitle': 'Changed fields',
  'rosterUpdate.field': 'Field',
  'rosterUpdate.change': 'Before → After',
  'rosterUpdate.addedTitle': 'Delegates added',
  'rosterUpdate.missingTitle': 'Not in the file',
  'rosterUpdate.missingHint': 'These delegates are not in the file but are NOT removed. To remove one, do it in the Delegates screen.',
  'rosterUpdate.noCodeColumn': 'The file has no delegate code column: every row will be added as a new delegate.',
  'rosterUpdate.nothingChanges': 'The file has nothing different from the current roster.',
  'rosterUpdate.confirm': 'Apply the changes (Enter)',
  'rosterUpdate.done': 'Roster updated: {added} added, {updated} updated.',
};
