import type { MessageKey } from '../../i18n/vi';

/** Keys of the votes screen (F9), listed in the help overlay. Ctrl+N is the menu's "new congress". */
export const VOTE_KEYS = { create: 'Alt+N', unanimous: 'Alt+U', project: 'Alt+P', queue: 'Alt+Q' } as const;

export const VOTE_HELP: [string, MessageKey][] = [
  [VOTE_KEYS.create, 'help.votesNew'],
  ['Tab', 'help.votesTab3'],
  ['Enter', 'help.votesEnter'],
  [VOTE_KEYS.unanimous, 'help.votesUnanimous'],
  [`${VOTE_KEYS.project} / ${VOTE_KEYS.queue}`, 'help.votesProject'],
];
