import type { viStation } from './vi-station';

export const enStation: Record<keyof typeof viStation, string> = {
  'station.notAssigned':
    'The station “{device}” is assigned ballot {ballotId}, pass {pass}; it cannot enter or void papers of ballot {askedBallot}, pass {askedPass}.',
  'station.paperOutOfRange': 'The station “{device}” may enter papers {from} to {to} only; paper {paper} is outside its range.',
  'station.forgedCertificate':
    'The machine answering at {laptop} is NOT the paired main laptop: its certificate ({found}…) differs from the pinned fingerprint ({expected}…). Nothing was sent to it. Tell the operator at once; a stranger may be posing as the laptop on the Wi-Fi.',
  'station.laptopUnreachable':
    'The main laptop at {laptop} cannot be reached ({cause}). Check the hall’s Wi-Fi; this device retries by itself.',
  'station.notPaired': 'This device is not paired with the main laptop yet.',
};
