import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useProjector } from '../../renderer/features/projector-control/projector-store';
import { useVotes } from '../../renderer/features/votes/votes-store';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 4, 4);
  useApp.setState({ ...getInitialAppState(), view: 'projector' });
  resetStores(useVotes);
  useProjector.setState({ view: null, stage: null });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const stage = () => t.engine.call('projector:stage', {});

describe('projector stage control', () => {
  it('queues a closed vote from the results list, previews it as next and switches with Ctrl+Space', async () => {
    const v = await t.engine.call('votes:create', { question: 'Thông qua Quy chế làm việc' });
    await t.engine.call('votes:record', { id: v.id, counts: { for: 3, against: 1, abstain: 0 }, close: true });
    await t.engine.call('votes:create', { question: 'Còn đang mở' });
    const user = userEvent.setup();
    render(<OperatorApp />);
    const select = await screen.findByTestId('queue-result');
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['— chọn kết quả —', 'Thông qua Quy chế làm việc']),
    );
    await user.selectOptions(select, `vote:${v.id}`);
    await user.click(screen.getByTestId('queue-result-button'));
    await waitFor(() => expect(screen.getByTestId('projector-next')).toHaveTextContent('ĐÃ THÔNG QUA'));
    expect(screen.getByTestId('projector-preview')).not.toHaveTextContent('KẾT QUẢ BIỂU QUYẾT');
    await user.keyboard('{Control>} {/Control}');
    await waitFor(() => expect(screen.getByTestId('projector-preview')).toHaveTextContent('Tán thành375,00 %'));
    expect((await stage()).onAir).toEqual({ slide: 'vote_result', voteId: v.id });
  });

  it('blacks out with Ctrl+. (the button says how to undo it) and stores the chosen theme', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('stage-black');
    await user.keyboard('{Control>}.{/Control}');
    await waitFor(() => expect(screen.getByTestId('stage-black')).toHaveTextContent('Bật lại hình'));
    expect(screen.getByTestId('projector-preview')).toHaveTextContent('ĐANG TẮT HÌNH');
    expect((await stage()).black).toBe(true);
    await user.click(screen.getByTestId('stage-black'));
    await waitFor(() => expect(screen.getByTestId('stage-black')).toHaveTextContent('Tắt hình khẩn cấp'));
    await user.selectOptions(screen.getByTestId('stage-theme'), 'high_contrast');
    await waitFor(async () => expect((await stage()).theme).toBe('high_contrast'));
    expect(screen.getByTestId('projector-preview').querySelector('[data-theme="high_contrast"]')).not.toBeNull();
  });

  it('lists the stage keys in the help overlay (F1)', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('stage-black');
    await user.keyboard('{F1}');
    const help = await screen.findByRole('dialog');
    // the projector screen's help: the stage keys and the clicker's page keys (the votes' own keys are on theirs)
    for (const text of ['Ctrl+Space', 'Ctrl+.', 'PgDn PgUp', 'Home', 'F9']) expect(help).toHaveTextContent(text);
  });
});
