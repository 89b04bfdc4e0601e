import type { z } from 'zod';
import type { ballotSettingsSchema } from '../../shared/contract/ballot-schemas';

export type Settings = z.input<typeof ballotSettingsSchema>;

/** A paper ballot under the MTTQ preset, one entry pass; tests override what they are about. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    title: 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường thử khóa I',
    kind: 'committee',
    seatsApproved: 3,
    seats: 3,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
    ...overrides,
  };
}

export const names = (...list: string[]) => list.map((name) => ({ name, birthDate: null }));
