import type { DelegateInput } from '../../../shared/domain/delegate';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import type { TempEngine } from '../../helpers/temp-engine';

/** Official delegate number `i`: code DB001…, name «Đại Biểu Số i», nothing else known. */
export const officialDelegate = (i: number): DelegateInput => ({
  ...BLANK_DELEGATE,
  code: `DB${String(i).padStart(3, '0')}`,
  fullName: `Đại Biểu Số ${i}`,
  status: 'official',
});

/** A congress with `summoned` official delegates, the first `present` of them checked in. */
export async function congressWith(t: TempEngine, summoned: number, present: number): Promise<void> {
  await t.engine.call('congress:create', { name: 'Đại hội MTTQ phường thử', path: t.file('c.congress') });
  for (let i = 1; i <= summoned; i++) {
    const delegate = officialDelegate(i);
    await t.engine.call('delegates:create', delegate);
    if (i <= present) await t.engine.call('checkin:scan', { code: delegate.code });
  }
}

export { names, type Settings, settings } from '../../helpers/ballot-settings';

export { refusal } from '../../helpers/refusal';
