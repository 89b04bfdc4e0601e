import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import { useApp } from '../../renderer/app/app-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { NoticeBar } from '../../renderer/operator/notice-bar';

/** An error crosses the contract as code + key + params; the notice bar renders it in the operator's language. */
afterEach(() => act(() => useLocale.getState().setLocale('vi')));

it('shows an error in English when the operator picks English, and in Vietnamese by default', () => {
  const error = AppError.of('PAPER_EXISTS', 'error.PAPER_EXISTS', { number: 1500 }).toData();
  act(() => useLocale.getState().setLocale('vi'));
  act(() => useApp.setState({ notice: { id: 1, kind: 'error', error } }));
  render(<NoticeBar />);
  expect(screen.getByRole('alert').textContent).toContain('Phiếu số 1.500 đã được nhập.');
  act(() => useLocale.getState().setLocale('en'));
  expect(screen.getByRole('alert').textContent).toContain('Paper 1,500 has already been entered.');
});
