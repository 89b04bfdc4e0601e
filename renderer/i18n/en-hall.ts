import type { viHall } from './vi-hall';

/** English for vi-hall.ts. */
export const enHall: Record<keyof typeof viHall, string> = {
  'checkin.absentWithKey': 'Mark absent ({key})',
  'checkin.absentPickFirst': 'Pick a delegate (type a name or ↑ ↓), then press {key} to mark them absent.',
  'checkin.nothingToUndo': 'No check-in just made to undo.',
  'issued.missing': 'Papers issued not entered',
  'issued.missingOpen': 'The minutes and the projected result will lack this number. Enter it before counting.',
  'issued.missingLocked':
    'The minutes and the projected result lack this number (the projector says "not entered"). To enter it: reopen the count (with a reason), enter the number, count again.',
  'issued.jump': 'Enter the papers issued',
  'issued.reopen': 'Reopen to enter it',
  'slide.notEntered': 'not entered',
  'prep.title': 'Preparing the congress',
  'prep.hint': 'One step after another; each is ticked once done.',
  'prep.details': 'Congress details (name, venue, dates)',
  'prep.roster': 'Delegate roster',
  'prep.cards': 'Delegate cards (print them)',
  'prep.agenda': 'Agenda',
  'prep.ballots': 'Ballots (the election lists)',
  'prep.done': 'Done',
  'prep.todo': 'To do',
  'prep.hide': 'Hide this list',
  'exports.print': 'Print',
  'exports.printTitle': 'Open the PDF to print it: {file}',
  'exports.printBlocked': 'The browser blocked the new window: allow pop-ups for this page, then press "Print" again.',
  'network.badgeShort': 'Network: ON · {online} devices',
};
