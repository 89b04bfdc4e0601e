import type { CongressSettings } from '../contract/types';

/** A new congress's details before the secretariat fills them in (the quorum rule the decree names first). */
export const DEFAULT_SETTINGS: Omit<CongressSettings, 'name'> = {
  term: '',
  level: '',
  venue: '',
  startDate: null,
  endDate: null,
  theme: '',
  organiser: '',
  quorumRule: 'two_thirds',
};
