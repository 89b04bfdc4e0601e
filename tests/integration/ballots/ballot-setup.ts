import type { z } from 'zod';
import type { ballotSettingsSchema } from '../../../shared/contract/ballot-schemas';
import { AppError } from '../../../shared/contract/result';
import type { DelegateInput } from '../../../shared/domain/delegate';
import type { TempEngine } from '../../helpers/temp-engine';

const blank: Omit<DelegateInput, 'fullName' | 'code' | 'status'> = {
  gender: null, birthDate: null, ethnicity: null, religion: null, partyMember: null, education: null,
  position: null, unit: null, group: null, seat: null, kind: null,
};

/** A congress with `summoned` official delegates, the first `present` of them checked in. */
export async function congressWith(t: TempEngine, summoned: number, present: number): Promise<void> {
  await t.engine.call('congress:create', { name: 'Đại hội MTTQ phường thử', path: t.file('c.congress') });
  for (let i = 1; i <= summoned; i++) {
    const code = `DB${String(i).padStart(3, '0')}`;
    await t.engine.call('delegates:create', { ...blank, code, fullName: `Đại Biểu Số ${i}`, status: 'official' });
    if (i <= present) await t.engine.call('checkin:scan', { code });
  }
}

export type Settings = z.input<typeof ballotSettingsSchema>;

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

/** The error a call fails with (the test fails if it succeeds). */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
