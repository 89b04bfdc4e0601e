/**
 * The roles a caller can have (shared/contract/roles.ts says what each may do): a leaf of the contract,
 * so the channel tables that name a role need not import the role table, which imports them.
 */
export const ROLES = ['operator', 'projector', 'display', 'checkin-desk', 'counting-station', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
