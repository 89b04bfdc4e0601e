import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DelegateInput } from '../../shared/domain/delegate';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useCheckin } from '../../renderer/features/checkin/checkin-store';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

const person = (code: string, fullName: string, extra: Partial<DelegateInput> = {}): DelegateInput => ({
  code,
  fullName,
  gender: null,
  birthDate: null,
  ethnicity: null,
  religion: null,
  partyMember: null,
  education: null,
  position: null,
  unit: null,
  group: 'Tổ 1',
  seat: null,
  kind: null,
  status: 'official',
  ...extra,
});

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  for (const d of [
    person('DB001', 'Nguyễn Thị Hằng', { gender: 'female' }),
    person('DB002', 'Trần Văn Đức'),
    person('DB003', 'Lê Văn Dũng'),
    person('KM001', 'Võ Thị Khách', { status: 'guest' }),
  ]) {
    await t.engine.call('delegates:create', d);
  }
  resetStores(useApp, useCheckin);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

async function renderCheckin() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  const field = await screen.findByTestId('scan-field');
  await waitFor(() => expect(screen.getByTestId('count-summoned')).toHaveTextContent('3'));
  return { user, field };
}

describe('check-in screen', () => {
  it('checks in a scanned code, shows the name big and updates the count', async () => {
    const { user, field } = await renderCheckin();
    expect(field).toHaveFocus();
    await user.type(field, 'db002{Enter}');
    const feedback = screen.getByTestId('feedback');
    await waitFor(() => expect(feedback).toHaveTextContent('Trần Văn Đức'));
    expect(feedback).toHaveClass('feedback-ok');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
  });

  it('warns distinctly for an already checked-in and an unknown code', async () => {
    const { user, field } = await renderCheckin();
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveClass('feedback-ok'));
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveClass('feedback-already'));
    await user.type(field, 'ZZ404{Enter}');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveClass('feedback-unknown'));
    expect(screen.getByTestId('feedback')).toHaveTextContent('ZZ404');
    expect(screen.getByTestId('count-present')).toHaveTextContent('1');
  });

  it('finds a name typed without diacritics and checks in the picked row with arrows + Enter', async () => {
    const { user, field } = await renderCheckin();
    await user.type(field, 'nguyen thi hang');
    const list = screen.getByRole('list', { name: 'Điểm danh' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Nguyễn Thị Hằng')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveTextContent('Nguyễn Thị Hằng'));
    await user.clear(field);
    await user.type(field, 'duc');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Trần Văn Đức')).toBeInTheDocument();
  });

  it('undoes the last check-in with Ctrl+Z', async () => {
    const { user, field } = await renderCheckin();
    await user.type(field, 'DB003{Enter}');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('0'));
    expect(screen.getByTestId('feedback')).toHaveClass('feedback-undone');
  });

  it('counts guests apart and keeps the scan field focused after a click elsewhere', async () => {
    const { user, field } = await renderCheckin();
    await user.type(field, 'KM001{Enter}');
    await waitFor(() => expect(screen.getByTestId('count-guests')).toHaveTextContent('1/1'));
    expect(screen.getByTestId('count-present')).toHaveTextContent('0');
    await user.click(screen.getByTestId('attendance-panel'));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(field).toHaveFocus();
  });

  it('marks a delegate absent with a reason', async () => {
    const { user } = await renderCheckin();
    await user.click(screen.getByRole('button', { name: 'Vắng Lê Văn Dũng' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'Đi công tác{Enter}');
    await waitFor(() => expect(screen.getByText('Vắng có lý do: Đi công tác')).toBeInTheDocument());
    expect((await t.engine.call('attendance:summary', {})).absentWithReason).toBe(1);
  });

  it("a long absence reason, cut in the row, is whole in the state's tooltip; the name has one too", async () => {
    const { user } = await renderCheckin();
    const long = 'Đi công tác tại Thành phố Hồ Chí Minh theo quyết định của Ủy ban nhân dân phường đến hết ngày 20/12';
    await user.click(screen.getByRole('button', { name: 'Vắng Lê Văn Dũng' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), `${long}{Enter}`);
    const row = await waitFor(() => {
      const r = document.querySelector<HTMLElement>('.checkin-row[data-code="DB003"]');
      expect(r?.querySelector('.state')).toHaveTextContent(`Vắng có lý do: ${long}`);
      return r!;
    });
    expect(row.querySelector('.state')).toHaveAttribute('title', `Vắng có lý do: ${long}`);
    expect(row.querySelector('.name')).toHaveAttribute('title', 'Lê Văn Dũng');
  });
});
