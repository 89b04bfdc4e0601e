import type { SlideKey } from './slide-buttons';

/**
 * The agenda's slides, each with its Ctrl+digit. Here, not in agenda/, because the queue picker
 * offers them too, and agenda/ already builds on projector-control/.
 */
export const AGENDA_SLIDE_KEYS: SlideKey[] = [
  ['agenda', 'agendaSlides.agenda', 'Ctrl+3'],
  ['agenda_step', 'agendaSlides.step', 'Ctrl+4'],
  ['speaker', 'agendaSlides.speaker', 'Ctrl+5'],
  ['countdown', 'agendaSlides.countdown', 'Ctrl+6'],
];
