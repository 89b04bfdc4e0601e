import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialBallotsState, useBallots } from '../../renderer/features/ballots/ballots-store';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

// Printed order is Vietnamese alphabetical by given name: An, Bình, Cường, Dũng, Hà.
const NAMES = ['Trần Thị Hà', 'Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Thị Bình', 'Võ Minh Dũng'];

let t: TempEngine;
let ballotId: number;

beforeEach(async () => {
  t = tempEngine();
  ballotId = await openBallotScreen(t, { title: 'Hiệp thương cử Ủy ban MTTQ phường Thử Nghiệm' }, NAMES);
});
afterEach(() => unmountThenDispose(t));

async function renderEntry() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  const field = await screen.findByTestId('paper-field');
  await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 1'));
  return { user, field };
}

const papers = () => t.engine.call('papers:list', { ballotId, pass: 1 });

describe('paper entry', () => {
  it('mirrors the paper in printed order and strikes the typed numbers as they are typed', async () => {
    const { user, field } = await renderEntry();
    const mirror = screen.getByTestId('paper-mirror');
    expect(
      within(mirror)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1Nguyễn Văn An', '2Phạm Thị Bình', '3Lê Văn Cường', '4Võ Minh Dũng', '5Trần Thị Hà']);
    await user.type(field, '2, 4');
    expect(mirror.querySelector('[data-number="2"]')).toHaveClass('struck');
    expect(mirror.querySelector('[data-number="4"]')).toHaveClass('struck');
    expect(mirror.querySelector('[data-number="1"]')).not.toHaveClass('struck');
    expect(screen.getByTestId('entry-preview')).toHaveTextContent('Giữ lại 3 / bầu 3 · Hợp lệ');
  });

  it('saves the paper on Enter, numbers it and readies the next one without losing focus', async () => {
    const { user, field } = await renderEntry();
    await user.type(field, '2 4{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    await user.type(field, '1+3+5{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3'));
    expect((await papers()).map((p) => [p.paper, p.struck])).toEqual([
      [1, [2, 4]],
      [2, [1, 3, 5]],
    ]);
    const recent = screen.getByTestId('recent-papers');
    await waitFor(() => expect(recent.querySelector('[data-paper="2"]')).toHaveTextContent('1 3 5'));
    expect(recent.querySelector('[data-paper="1"]')).toHaveTextContent('Hợp lệ');
  });

  it('flags a paper keeping more names than seats as invalid, and needs an explicit 0 for an unmarked paper', async () => {
    const { user, field } = await renderEntry();
    await user.type(field, '{Enter}');
    expect(screen.getByText(/gõ 0 rồi Enter/)).toBeInTheDocument();
    expect(await papers()).toHaveLength(0);
    await user.type(field, '0{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    await waitFor(() =>
      expect(screen.getByTestId('recent-papers').querySelector('[data-paper="1"]')).toHaveTextContent(
        'Không hợp lệ: Giữ lại quá số lượng được bầu',
      ),
    );
  });

  it('warns at once about an unknown number and does not save until it is fixed', async () => {
    const { user, field } = await renderEntry();
    await user.type(field, '2 9');
    expect(screen.getByTestId('entry-warning')).toHaveTextContent('Không có số 9 trong danh sách (1–5)');
    await user.type(field, '{Enter}');
    expect(await papers()).toHaveLength(0);
    expect(field).toHaveValue('2 9');
    await user.type(field, '{Backspace}4{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    expect((await papers())[0]!.struck).toEqual([2, 4]);
  });

  it('marks a paper invalid with Ctrl+I and a reason key, then F8 the same way', async () => {
    const { user, field } = await renderEntry();
    await user.keyboard('{Control>}i{/Control}');
    const chooser = screen.getByTestId('invalid-chooser');
    expect(chooser).toHaveTextContent('Ghi thêm tên hoặc nội dung khác');
    await user.keyboard('2');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    await user.keyboard('{F8}4');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3'));
    expect((await papers()).map((p) => p.invalid)).toEqual(['written_in', 'undeterminable']);
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
  });

  it('edits an earlier paper with Ctrl+G and a reason, then voids one', async () => {
    const { user, field } = await renderEntry();
    await user.type(field, '1 2{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    await user.type(field, '3 4{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3'));
    await user.keyboard('{Control>}g{/Control}');
    await user.type(field, '1{Enter}');
    expect(field).toHaveValue('1 2');
    await user.clear(field);
    await user.type(field, '1 5{Enter}');
    await user.type(field, 'Nhập nhầm số 2{Enter}');
    await waitFor(async () => expect((await papers())[0]!.struck).toEqual([1, 5]));
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3');

    await user.keyboard('{Control>}g{/Control}');
    await user.type(field, '2{Enter}');
    await user.keyboard('{Control>}{Delete}{/Control}');
    await user.type(field, 'Phiếu trùng{Enter}');
    await waitFor(async () => expect((await papers()).map((p) => p.paper)).toEqual([1]));
    expect(field).toHaveFocus();
  });

  it('in "kept" mode reads the typed numbers as the names kept and stores the others as struck', async () => {
    const kept = await t.engine.call('ballots:create', {
      title: 'Bầu cử Ban Thường trực',
      kind: 'committee',
      seatsApproved: 2,
      seats: 2,
      method: 'paper',
      preset: 'law',
      rules: { base: 'valid', allStruck: 'invalid', tie: 'older' },
      entryMode: 'kept',
      passes: 1,
    });
    await t.engine.call('ballots:setCandidates', { id: kept.id, candidates: NAMES.map((name) => ({ name, birthDate: null })) });
    await t.engine.call('ballots:open', { id: kept.id });
    useBallots.setState({ ...getInitialBallotsState(), selectedId: kept.id, pane: 'entry' });
    const { user, field } = await renderEntry();
    await user.type(field, '1 3');
    const mirror = screen.getByTestId('paper-mirror');
    expect(mirror.querySelector('[data-number="1"]')).toHaveClass('kept');
    expect(mirror.querySelector('[data-number="2"]')).toHaveClass('struck');
    await user.type(field, ' 5');
    expect(screen.getByTestId('entry-preview')).toHaveTextContent('Giữ lại 3 / bầu 2 · Không hợp lệ: Giữ lại quá số lượng được bầu');
    await user.type(field, '{Backspace}{Backspace}{Enter}');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2'));
    expect((await t.engine.call('papers:list', { ballotId: kept.id, pass: 1 }))[0]!.struck).toEqual([2, 4, 5]);
  });
});
