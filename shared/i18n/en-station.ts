import type { viStation } from './vi-station';

export const enStation: Record<keyof typeof viStation, string> = {
  'station.notAssigned':
    'The station “{device}” is assigned ballot {ballotId}, pass {pass}; it cannot enter or void papers of ballot {askedBallot}, pass {askedPass}.',
  'station.paperOutOfRange': 'The station “{device}” may enter papers {from} to {to} only; paper {paper} is outside its range.',
};
