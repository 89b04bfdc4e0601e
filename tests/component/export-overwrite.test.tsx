import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { sha256File } from '../integration/exports/export-setup';
import { unmountThenDispose } from './engine-teardown';
import { countedCongress, pointAppAt } from './export-panel-setup';
import { jobWait } from '../helpers/job-wait';

/**
 * The export panel never overwrites an earlier document silently (it may be the signed minutes):
 * it asks, and says which file it wrote — beside the old one as "… (2)", or over it when told.
 */
let t: TempEngine;
let out = '';
let signed = '';

beforeEach(async () => {
  t = tempEngine();
  await countedCongress(t);
  out = join(t.dir, 'ui-out');
  signed = (await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: 1, out })).files[0]!.path;
  writeFileSync(signed, 'bản đã ký');
  await pointAppAt(t);
});
afterEach(() => unmountThenDispose(t));

async function exportMinutesAgain(user: ReturnType<typeof userEvent.setup>) {
  render(<OperatorApp />);
  await user.keyboard('{Control>}e{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Xuất tài liệu' });
  await user.type(within(dialog).getByLabelText('Thư mục lưu'), out);
  await user.click(within(dialog).getByRole('button', { name: 'Xuất' }));
  const ask = await within(dialog).findByRole('alertdialog', { name: /Trong thư mục đã có tài liệu cùng tên/ }, jobWait);
  expect(ask).toHaveTextContent(signed);
  expect(readdirSync(out)).toHaveLength(1); // asked before anything was written
  return { dialog, ask };
}

describe('export panel over an earlier document', () => {
  it('asks; "save as a new file" keeps the old one and says which file was written', async () => {
    const user = userEvent.setup();
    const before = sha256File(signed);
    const { dialog, ask } = await exportMinutesAgain(user);
    const beside = signed.replace(/\.docx$/, ' (2).docx');
    await user.click(within(ask).getByRole('button', { name: `Lưu thành tệp mới: ${beside.split('/').pop()}` }));
    const status = await within(dialog).findByRole('status', {}, jobWait);
    expect(status).toHaveTextContent('Đã xuất 1 tệp:');
    expect(within(status).getByText(beside)).toBeInTheDocument();
    expect(sha256File(signed)).toBe(before);
    expect(readdirSync(out).sort()).toEqual([signed, beside].map((p) => p.split('/').pop()).sort());
  }, 30_000);

  it('asks; "overwrite" replaces it; "cancel" writes nothing', async () => {
    const user = userEvent.setup();
    const before = sha256File(signed);
    const { dialog, ask } = await exportMinutesAgain(user);
    await user.click(within(ask).getByRole('button', { name: 'Hủy' }));
    expect(within(dialog).queryByRole('alertdialog')).toBeNull();
    expect(sha256File(signed)).toBe(before);
    await user.click(within(dialog).getByRole('button', { name: 'Xuất' }));
    await user.click(within(await within(dialog).findByRole('alertdialog', {}, jobWait)).getByRole('button', { name: 'Ghi đè tệp cũ' }));
    const status = await within(dialog).findByRole('status', {}, jobWait);
    expect(within(status).getByText(signed)).toBeInTheDocument();
    expect(sha256File(signed)).not.toBe(before);
    expect(readdirSync(out)).toHaveLength(1);
  }, 30_000); // two exports, each in a worker thread started from sources (tests/helpers/job-wait.ts)
});
