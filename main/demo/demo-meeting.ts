/**
 * The demo congress comes ready to try: the ward-level agenda from its template, and the committee
 * consultation ready to open (36 names from the roster for 33 seats, 35 approved, two entry passes).
 */
import { applyTemplate } from '../services/agenda-service';
import { findTemplate } from '../services/agenda-templates';
import { createBallot, setCandidates } from '../services/ballot-service';
import type { CongressContext } from '../services/context';

export function seedDemoMeeting(ctx: CongressContext): void {
  applyTemplate(ctx, findTemplate('mttq-commune', null), false);
  const names = ctx
    .delegates()
    .filter((d) => d.status === 'official')
    .slice(0, 36);
  const ballot = createBallot(ctx, {
    title: 'Hiệp thương cử Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình khóa I, nhiệm kỳ 2026–2031',
    kind: 'committee',
    seatsApproved: 35,
    seats: 33,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 2,
  });
  setCandidates(
    ctx,
    ballot.id,
    names.map((d) => ({ name: d.fullName, birthDate: d.birthDate, delegateId: d.id })),
  );
}
