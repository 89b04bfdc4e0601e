import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useProjector } from '../../renderer/features/projector-control/projector-store';
import { useVotes } from '../../renderer/features/votes/votes-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 10, 7);
  useApp.setState({ ...getInitialAppState(), view: 'votes' });
  resetStores(useVotes);
  useProjector.setState({ view: null, stage: null });
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const votes = () => t.engine.call('votes:list', {});

async function openVote(user: ReturnType<typeof userEvent.setup>, question: string) {
  const field = await screen.findByTestId('vote-question-input');
  await user.type(field, `${question}{Enter}`);
  return screen.findByTestId('vote-for');
}

describe('votes screen', () => {
  it('opens a vote from the keyboard, walks the three counts with Tab and closes with Enter', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const first = await openVote(user, 'Thông qua chương trình Đại hội');
    expect(first).toHaveFocus();
    expect(screen.getByTestId('vote-present')).toHaveTextContent('7');
    await user.keyboard('6{Tab}1{Tab}0');
    expect(screen.getByTestId('vote-abstain')).toHaveFocus();
    expect(screen.getByTestId('vote-sum')).toHaveTextContent('Tổng 7 / 7 đại biểu có mặt');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('vote-state')).toHaveTextContent('Đã kết thúc'));
    expect(screen.getByTestId('vote-outcome')).toHaveTextContent('Thông qua');
    expect(screen.getByTestId('vote-result')).toHaveTextContent('Tán thành685,71 %');
    expect((await votes())[0]).toMatchObject({ state: 'closed', counts: { for: 6, against: 1, abstain: 0 } });
  });

  it('refuses to close numbers that do not add up, says why in Vietnamese, and keeps them open', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await openVote(user, 'Thông qua số lượng Ủy viên Ủy ban khóa mới là 55 vị');
    await user.keyboard('5{Tab}1{Tab}0');
    expect(screen.getByTestId('vote-sum')).toHaveTextContent('thiếu 1');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/không khớp số đại biểu có mặt 7 \(thiếu 1\)\. Chưa thể kết thúc biểu quyết\./)).toBeInTheDocument();
    expect(screen.getByTestId('vote-state')).toHaveTextContent('Đang biểu quyết');
    // what was typed is saved (Tab left each field), not lost
    expect((await votes())[0]).toMatchObject({ state: 'open', counts: { for: 5, against: 1, abstain: 0 } });
    // the live check under the fields speaks the operator's language too
    act(() => useLocale.setState({ locale: 'en' }));
    expect(screen.getByTestId('vote-sum')).toHaveTextContent('does not match the 7 delegates present (1 missing)');
  });

  it('Alt+U records a unanimous vote; Alt+P puts the result on the projector', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await openVote(user, 'Thông qua Nghị quyết Đại hội');
    await user.keyboard('{Alt>}u{/Alt}');
    await waitFor(() => expect(screen.getByTestId('vote-outcome')).toHaveTextContent('Thông qua · Nhất trí 100 %'));
    await user.keyboard('{Alt>}p{/Alt}');
    const voteId = (await votes())[0]!.id;
    await waitFor(async () => expect((await t.engine.call('projector:stage', {})).onAir).toEqual({ slide: 'vote_result', voteId }));
  });

  it('reopens a closed vote only with a reason, kept in the audit log', async () => {
    const user = userEvent.setup();
    const v = await t.engine.call('votes:create', { question: 'Biểu quyết đã xong' });
    await t.engine.call('votes:record', { id: v.id, counts: 'unanimous', close: true });
    render(<OperatorApp />);
    await user.click(await screen.findByTestId('vote-reopen'));
    expect(screen.getByTestId('reason-confirm')).toBeDisabled();
    await user.type(screen.getByTestId('reason-input'), 'Đếm lại theo đề nghị của Đoàn Chủ tịch{Enter}');
    await waitFor(() => expect(screen.getByTestId('vote-state')).toHaveTextContent('Đang biểu quyết'));
    const row = t.engine.context().db.prepare("SELECT reason FROM audit WHERE action = 'vote.reopen'").get() as { reason: string };
    expect(row.reason).toBe('Đếm lại theo đề nghị của Đoàn Chủ tịch');
  });
});
