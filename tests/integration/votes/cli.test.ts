import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('congress-vote-cli-', (d) => (dir = d));

describe('vote command line', () => {
  it('creates, records and shows a vote with the result a script can check', async () => {
    const file = join(dir, 'c.congress');
    expect((await cli('new', file, '--name', 'Đại hội CLI')).code).toBe(0);
    const created = await cli('vote', 'create', file, '--question', 'Thông qua chương trình Đại hội', '--present', '140');
    expect(created.code).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^\d+$/);

    const refused = await cli('vote', 'record', file, id, '--for', '138', '--against', '1', '--abstain', '0');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      'Lỗi: Tổng tán thành + không tán thành + không biểu quyết là 139, không khớp số đại biểu có mặt 140 (thiếu 1). Chưa thể kết thúc biểu quyết.',
    );
    expect(JSON.parse((await cli('vote', 'show', file, id, '--json')).out)).toMatchObject({ state: 'open', counts: null, passed: null });

    const recorded = await cli('vote', 'record', file, id, '--for', '138', '--against', '1', '--abstain', '1');
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain('THÔNG QUA (cần 71 trên 140)');
    expect(JSON.parse((await cli('vote', 'show', file, id, '--json')).out)).toEqual({
      id: Number(id),
      question: 'Thông qua chương trình Đại hội',
      rule: 'half-present',
      state: 'closed',
      present: 140,
      summoned: 0,
      stepId: null,
      counts: { for: 138, against: 1, abstain: 1 },
      base: 140,
      baseKind: 'present',
      required: 71,
      percent: { for: '98,57 %', against: '0,71 %', abstain: '0,71 %' },
      passed: true,
      unanimous: false,
    });
  });

  it('two thirds exactly passes; a bad rule is refused with the allowed words', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội CLI');
    const id = (
      await cli('vote', 'create', file, '--question', 'Sửa đổi quy chế', '--rule', 'two-thirds-present', '--present', '99')
    ).out.trim();
    const shown = await cli('vote', 'record', file, id, '--for', '66', '--against', '30', '--abstain', '3', '--json');
    expect(JSON.parse(shown.out)).toMatchObject({ passed: true, required: 66, percent: { for: '66,67 %' } });
    await expect(cli('vote', 'create', file, '--question', 'x', '--rule', 'half')).rejects.toThrow(
      '--rule chỉ nhận: half-present, two-thirds-present, half-summoned',
    );
    await expect(cli('vote', 'show', file, 'abc')).rejects.toThrow('Cần số của biểu quyết (số nguyên dương), nhận «abc»');
    const missing = await cli('vote', 'show', file, '999', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toMatchObject({ error: 'NOT_FOUND' });
  });
});
