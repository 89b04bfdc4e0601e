/**
 * The check-in screen without the mouse: Alt+V marks the picked delegate absent, with the reason
 * typed in the dialog, and Ctrl+Z after a refused scan undoes nothing and says so
 * (renderer/features/checkin/scan-field.tsx, absent-dialog.tsx, checkin-actions.ts).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { checkinCongress, renderCheckin } from './checkin-setup';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await checkinCongress(t, [
    ['DB001', 'Nguyễn Thị Hằng'],
    ['DB002', 'Trần Văn Đức'],
    ['KM01', 'Lê Văn Khách', 'guest'],
  ]);
});
afterEach(() => unmountThenDispose(t));

const feedback = () => screen.getByTestId('feedback');
const presentIds = async () => (await t.engine.call('attendance:list', {})).filter((r) => r.state === 'present').map((r) => r.delegateId);

describe('absent with a reason from the keyboard', () => {
  it('opens on Alt+V for the one name match, focus in the reason, Enter saves, the scan field has the keyboard again', async () => {
    const { user, field } = await renderCheckin(2);
    await user.type(field, 'tran van duc');
    await user.keyboard('{Alt>}v{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Ghi vắng mặt: Trần Văn Đức' });
    const reason = within(dialog).getByTestId('absent-reason');
    expect(reason).toHaveFocus();
    await user.keyboard('Đi công tác{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const records = await t.engine.call('attendance:list', {});
    expect(records).toEqual([expect.objectContaining({ delegateId: 2, state: 'absent_excused', reason: 'Đi công tác' })]);
    await waitFor(() => expect(field).toHaveFocus());
    expect(feedback()).toHaveClass('feedback-absent');
  });

  it('takes the row picked with ↓, and Esc closes without saving, back to the scan field', async () => {
    const { user, field } = await renderCheckin(2);
    await user.keyboard('{ArrowDown}{Alt>}v{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Ghi vắng mặt: Nguyễn Thị Hằng' });
    expect(within(dialog).getByTestId('absent-reason')).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(field).toHaveFocus());
    expect(await t.engine.call('attendance:list', {})).toEqual([]);
  });

  it('says whom to pick when no one is, and the row button names the key', async () => {
    const { user } = await renderCheckin(2);
    await user.keyboard('{Alt>}v{/Alt}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByTestId('checkin-note')).toHaveTextContent('Chọn một đại biểu');
    expect(screen.getByRole('button', { name: 'Vắng Nguyễn Thị Hằng' })).toHaveAttribute('title', 'Ghi vắng mặt (Alt+V)');
  });

  it('is listed in the F1 help of the check-in screen', async () => {
    const { user } = await renderCheckin(2);
    await user.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Trợ giúp' });
    const keys = within(help).getByRole('table', { name: 'Phím của màn hình này' });
    expect(keys).toHaveTextContent('Alt+V');
    expect(keys).toHaveTextContent('Ghi vắng mặt người đang chọn');
  });
});

describe('Ctrl+Z after a refused scan', () => {
  it('undoes nothing after an unknown code, and says so', async () => {
    const { user, field } = await renderCheckin(2);
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-ok'));
    await user.type(field, 'XX999{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-unknown'));
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByTestId('checkin-note')).toHaveTextContent('Không có lượt điểm danh nào vừa rồi để hoàn tác');
    expect(feedback()).toHaveClass('feedback-unknown');
    expect(await presentIds()).toEqual([1]);
  });

  it('undoes nothing after a repeat of a guest already present, and says so', async () => {
    const { user, field } = await renderCheckin(2);
    await user.type(field, 'KM01{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-ok'));
    await user.type(field, 'KM01{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-already'));
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByTestId('checkin-note')).toHaveTextContent('Không có lượt điểm danh nào vừa rồi để hoàn tác');
    expect(await presentIds()).toEqual([3]);
  });

  it('does not reach back to the check-in before a scan whose answer has not come yet', async () => {
    const { user, field } = await renderCheckin(2);
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(feedback()).toHaveClass('feedback-ok'));
    // Ctrl+Z in the same tick as the unknown code's Enter: before its refusal can be answered.
    fireEvent.change(field, { target: { value: 'XX999' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(feedback()).toHaveClass('feedback-unknown'));
    await new Promise((r) => setTimeout(r, 50));
    expect(await presentIds()).toEqual([1]);
  });
});
