/** A delegate of the congress, as the roster and check-in know them. */

/** chính thức / dự khuyết / khách mời. Guests never count toward quorum or thresholds. */
export const DELEGATE_STATUSES = ['official', 'alternate', 'guest'] as const;
export type DelegateStatus = (typeof DELEGATE_STATUSES)[number];

/** đương nhiên / được cử (hiệp thương cử) / chỉ định. */
export const DELEGATE_KINDS = ['ex_officio', 'nominated', 'appointed'] as const;
export type DelegateKind = (typeof DELEGATE_KINDS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** What a person (or an import row) says about a delegate; the code may still be unassigned. */
export interface DelegateInput {
  code: string | null;
  fullName: string;
  gender: Gender | null;
  /** ISO `YYYY-MM-DD`, or `YYYY` when only the year is known. */
  birthDate: string | null;
  ethnicity: string | null;
  religion: string | null;
  partyMember: boolean | null;
  education: string | null;
  position: string | null;
  unit: string | null;
  group: string | null;
  seat: string | null;
  kind: DelegateKind | null;
  status: DelegateStatus;
}

export interface Delegate extends DelegateInput {
  id: number;
  code: string;
}

/** The fields a roster column can be mapped to (STT is recognised but not stored). */
export const ROSTER_FIELDS = [
  'ordinal',
  'code',
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'religion',
  'partyMember',
  'education',
  'position',
  'unit',
  'group',
  'seat',
  'kind',
  'status',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The birth year, whether the date is full or year only. */
export function birthYear(birthDate: string | null): number | null {
  if (!birthDate) return null;
  const year = Number(birthDate.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** A delegate's optional fields, all empty: the roster form starts from it, and so do the tests. */
export const EMPTY_DELEGATE_FIELDS: Omit<DelegateInput, 'fullName' | 'code' | 'status'> = {
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
