/**
 * The built-in demo: a fictional ward (phường Hòa Bình), first congress after the 2025 reform
 * that removed the district level, so "lần thứ I" with the 2026–2031 term.
 */
import type { CongressSettings } from '../../shared/contract/types';

export const DEMO_CONGRESS: CongressSettings = {
  name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường Hòa Bình lần thứ I, nhiệm kỳ 2026–2031',
  term: '2026–2031',
  level: 'Phường',
  venue: 'Hội trường Ủy ban nhân dân phường Hòa Bình',
  startDate: '2026-12-15',
  endDate: '2026-12-15',
  theme: 'Đoàn kết – Dân chủ – Đổi mới – Phát triển',
  organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình',
  // The MTTQ quorum is an open question (docs/rules.md); two thirds is what unions use and the app default.
  quorumRule: 'two_thirds',
};

/** Session titles in order; the engine creates one session per title, the first current. */
export const DEMO_SESSIONS = ['Phiên trù bị', 'Phiên chính thức'] as const;
