import type { DelegateInput } from '../../shared/domain/delegate';

/** A delegate with every optional field empty: tests spread it and set only what they are about. */
export const BLANK_DELEGATE: Omit<DelegateInput, 'fullName' | 'code' | 'status'> = {
  gender: null,
  birthDate: null,
  ethnicity: null,
  religion: null,
  partyMember: null,
  education: null,
  position: null,
  unit: null,
  group: null,
  seat: null,
  kind: null,
};
