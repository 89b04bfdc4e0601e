import type { viHelp } from './vi-help';

export const enHelp: Record<keyof typeof viHelp, string> = {
  'help.screenKeys': 'Keys of this screen',
  'help.commonKeys': 'Keys on every screen',
  'help.absent': 'Mark the picked delegate absent: type the reason and Enter (excused), Esc to leave it',
  'help.screen.checkin':
    'Check-in: scan the code on a delegate card (the scanner types it and Enter) or type part of a name, pick with ↑ ↓ and Enter. A wrong scan: Ctrl+Z undoes exactly the last one. Absent with a reason: pick the delegate, Alt+V, type the reason, Enter. The count reaches the projector at once.',
  'help.screen.roster':
    'Delegates: import an Excel / CSV file (preview it, fix errors, then import), or add and edit one by one. Every delegate has a code printed on the card, scanned at check-in.',
  'help.screen.setup':
    'Congress details: name, term, venue, dates, organiser, theme line and the quorum rule. The projector and every document take them from here: fill them in before printing cards and papers.',
  'help.screen.agenda':
    'Agenda: apply a template, then adjust times and items. During the congress PgDn moves to the next item (a presenter clicker too), N calls the next speaker, Space starts or pauses the timer.',
  'help.screen.projector':
    'Projector: pick a slide, queue the next one and switch with Ctrl+Space. Ctrl+. is the emergency blackout. A result over several pages: PgDn / PgUp turn the page, Home lets the pages turn by themselves.',
  'help.screen.ballots':
    'Consultations and elections: make the list, open the ballot, enter every paper in passes (each pass by its own person), reconcile the passes, then count and publish. Paper entry: type the number of each struck name, Enter after each; Enter on an empty field saves the paper.',
  'help.screen.votes':
    'Show-of-hands votes: Alt+N makes a vote; type in favour, Tab, against, Tab, abstaining, Enter to close. The total must match the delegates present.',
};
