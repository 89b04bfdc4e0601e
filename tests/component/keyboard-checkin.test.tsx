/**
 * Keyboard traps at check-in: Enter on a name with one match, and Ctrl+Z reaching only the
 * check-in just reported (see renderer/features/checkin/scan-field.tsx).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { checkinCongress, renderCheckin } from './checkin-setup';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await checkinCongress(t, [
    ['DB001', 'Nguyễn Thị Hằng'],
    ['DB002', 'Trần Văn Đức'],
    ['DB010', 'Lê Văn Dũng'],
  ]);
});
afterEach(() => unmountThenDispose(t));

const feedback = () => screen.getByTestId('feedback');

describe('check-in keyboard', () => {
  it('checks in the only match of a typed name on Enter, without picking it with ↓', async () => {
    const { user, field } = await renderCheckin(3);
    await user.type(field, 'nguyen thi hang');
    const list = screen.getByRole('list', { name: 'Điểm danh' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-ok'));
    expect(feedback()).toHaveTextContent('Nguyễn Thị Hằng');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));
  });

  it('still reports an unknown scanned code that is only part of one delegate’s code', async () => {
    const { user, field } = await renderCheckin(3);
    await user.type(field, 'DB01{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-unknown'));
    expect(screen.getByTestId('count-present')).toHaveTextContent('0');
  });

  it('undoes the last check-in once, naming who, and nothing after a repeat scan', async () => {
    const { user, field } = await renderCheckin(3);
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-ok'));
    await user.type(field, 'DB002{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('Trần Văn Đức'));
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('2'));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-undone'));
    expect(feedback()).toHaveTextContent('Đã hoàn tác điểm danh');
    expect(feedback()).toHaveTextContent('Trần Văn Đức');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));

    // A second Ctrl+Z must not reach back to DB001, checked in earlier.
    await user.keyboard('{Control>}z{/Control}');
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-already'));
    // The repeat scan checked no one in: Ctrl+Z after it leaves DB001 present.
    await user.keyboard('{Control>}z{/Control}');
    await new Promise((r) => setTimeout(r, 50));
    expect(feedback()).toHaveClass('feedback-already');
    const records = await t.engine.call('attendance:list', {});
    expect(records.map((r) => r.delegateId)).toEqual([1]);
    expect(screen.getByTestId('count-present')).toHaveTextContent('1');
  });
});
