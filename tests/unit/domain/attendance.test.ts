import fc from 'fast-check';
import { quorumMet, quorumRequired, summarizeAttendance, type AttendanceRecord } from '../../../shared/domain/attendance';
import type { Delegate } from '../../../shared/domain/delegate';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';

const delegate = (id: number, extra: Partial<Delegate> = {}): Delegate => ({
  id,
  code: `D${id}`,
  fullName: `Người ${id}`,
  ...BLANK_DELEGATE,
  status: 'official',
  ...extra,
});
const present = (delegateId: number): AttendanceRecord => ({ delegateId, sessionId: 1, state: 'present', reason: null, recordedAt: '' });

describe('quorum', () => {
  it('is met at exactly 2/3 and not one below', () => {
    expect(quorumMet(100, 150, 'two_thirds')).toBe(true);
    expect(quorumMet(99, 150, 'two_thirds')).toBe(false);
    expect(quorumRequired(150, 'two_thirds')).toBe(100);
    expect(quorumRequired(151, 'two_thirds')).toBe(101); // 100.67 → 101
  });

  it('needs strictly more than half', () => {
    expect(quorumMet(50, 100, 'more_than_half')).toBe(false);
    expect(quorumMet(51, 100, 'more_than_half')).toBe(true);
    expect(quorumRequired(100, 'more_than_half')).toBe(51);
    expect(quorumRequired(101, 'more_than_half')).toBe(51);
  });

  it('agrees with its own required number for every size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom('two_thirds', 'more_than_half', 'none' as const),
        (summoned, p, rule) => {
          const presentCount = Math.min(p, summoned);
          expect(quorumMet(presentCount, summoned, rule)).toBe(presentCount >= quorumRequired(summoned, rule));
        },
      ),
    );
  });
});

describe('attendance summary', () => {
  it('counts official delegates only toward summoned and present', () => {
    const list = [
      delegate(1, { gender: 'female', ethnicity: 'Tày', religion: 'Phật giáo', partyMember: false, kind: 'nominated' }),
      delegate(2, { ethnicity: 'Kinh', religion: 'Không', partyMember: true, kind: 'ex_officio' }),
      delegate(3, { status: 'alternate' }),
      delegate(4, { status: 'guest' }),
      delegate(5, { kind: 'appointed' }),
    ];
    const records: AttendanceRecord[] = [present(1), present(3), present(4), { ...present(5), state: 'absent_excused', reason: 'Ốm' }];
    const s = summarizeAttendance(list, records, 'two_thirds', 1);
    expect(s).toMatchObject({ summoned: 3, present: 1, absentWithReason: 1, absentWithoutReason: 1, guestsInvited: 1, guestsPresent: 1 });
    expect(s.alternates).toEqual({ summoned: 1, present: 1 });
    expect(s.byCategory).toEqual({
      exOfficio: { summoned: 1, present: 0 },
      nominated: { summoned: 1, present: 1 },
      appointed: { summoned: 1, present: 0 },
      women: { summoned: 1, present: 1 },
      nonParty: { summoned: 1, present: 1 },
      ethnicMinority: { summoned: 1, present: 1 },
      religious: { summoned: 1, present: 1 },
    });
    expect(s.quorum).toEqual({ rule: 'two_thirds', required: 2, met: false });
  });

  it('always adds up: present + excused + unexcused = summoned', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('official', 'alternate', 'guest' as const),
            fc.constantFrom('present', 'absent_excused', 'absent', 'none' as const),
          ),
          { maxLength: 300 },
        ),
        (rows) => {
          const list = rows.map(([status], i) => delegate(i + 1, { status }));
          const records = rows.flatMap(([, state], i) => (state === 'none' ? [] : [{ ...present(i + 1), state }]));
          const s = summarizeAttendance(list, records, 'two_thirds', 1);
          expect(s.present + s.absentWithReason + s.absentWithoutReason).toBe(s.summoned);
          expect(s.summoned).toBe(rows.filter(([st]) => st === 'official').length);
        },
      ),
    );
  });
});
