import { act, render, screen } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AppErrorData } from '../../shared/contract/result';
import { useApp } from '../../renderer/app/app-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { NoticeBar } from '../../renderer/operator/notice-bar';
import { congressWith, names, settings } from '../integration/ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';

/**
 * The engine's refusals reach the window as code + key + params (+ the rows or problems in
 * details); the notice bar words them in the operator's language, and one with no key (a host's
 * raw refusal) by its code.
 */
let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => {
  act(() => useLocale.getState().setLocale('vi'));
  t.dispose();
});

async function refused(p: Promise<{ ok: true } | { ok: false; error: AppErrorData }>): Promise<AppErrorData> {
  const r = await p;
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

function shown(error: AppErrorData, locale: 'vi' | 'en'): string {
  act(() => useLocale.getState().setLocale(locale));
  act(() => useApp.setState({ notice: { id: Math.random(), kind: 'error', error } }));
  return screen.getByRole('alert').textContent ?? '';
}

it('words a file-system refusal, a hand count’s problems and a batch’s rows in English', async () => {
  render(<NoticeBar />);
  writeFileSync(t.file('plain'), 'x');
  const target = join(t.file('plain'), 'a.congress');
  const fs = await refused(t.engine.invoke('congress:create', { name: 'X', path: target }));
  expect(shown(fs, 'en')).toContain(`Could not create the congress file "${target}": "${t.file('plain')}" is a file, not a folder.`);
  expect(shown(fs, 'vi')).toContain(`Không tạo được tệp đại hội «${target}»`);

  await congressWith(t, 5, 5);
  const { id } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2, method: 'hands_per_name' }));
  await t.engine.call('ballots:setCandidates', { id, candidates: names('Anna', 'Binh', 'Chau') });
  await t.engine.call('ballots:open', { id });
  const counts = await refused(t.engine.invoke('ballots:aggregate', { ballotId: id, valid: 4, invalid: 0, votes: { 1: 5 } }));
  expect(shown(counts, 'en')).toContain('The count was not saved (1 problem): Anna has 5 votes, more than the valid papers (4).');
  expect(shown(counts, 'vi')).toContain('Anna có 5 phiếu, nhiều hơn số phiếu hợp lệ (4).');

  const { id: paperBallot } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
  await t.engine.call('ballots:setCandidates', { id: paperBallot, candidates: names('Anna', 'Binh', 'Chau') });
  await t.engine.call('ballots:open', { id: paperBallot });
  const batch = await refused(
    t.engine.invoke('papers:recordMany', {
      ballotId: paperBallot,
      pass: 1,
      papers: [
        { paper: 1, numbers: [], invalid: null },
        { paper: 1, numbers: [], invalid: null },
      ],
    }),
  );
  expect(shown(batch, 'en')).toContain('1 row of papers is refused; no paper was saved. Row 2: Paper 1 repeats row 1.');
  expect(shown(batch, 'vi')).toContain('Có 1 dòng phiếu lỗi; chưa lưu phiếu nào. Dòng 2: Phiếu số 1 trùng với dòng 1.');
});

it('words a refusal that has no key by its code', () => {
  render(<NoticeBar />);
  const raw = { code: 'ACCESS_DENIED', message: 'Thiếu mã', messageEn: 'No token' } as unknown as AppErrorData;
  expect(shown(raw, 'en')).toContain('Access denied.');
  expect(shown(raw, 'vi')).toContain('Không có quyền truy cập.');
});
