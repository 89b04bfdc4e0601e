import type { EnglishOf } from './plural';
import type { viAnomaly } from './vi-anomaly';

export const enAnomaly: EnglishOf<typeof viAnomaly> = {
  'anomaly.title_one': 'Anomaly: {count} delegate scanned at two places',
  'anomaly.title_other': 'Anomaly: {count} delegates scanned at two places',
  'anomaly.hint':
    'Each delegate is counted once. The card may be lost, lent or copied: ask the desk that scanned it second, look at the card and who holds it, then press "Seen".',
  'anomaly.line': 'checked in at {firstTime} at {firstPlace}; scanned again at {time} at {place}',
  'anomaly.acknowledge': 'Seen',
  'anomaly.acknowledgeLabel': 'Anomaly of {name} seen',
  'anomaly.laptop': 'the operator’s laptop',
};
