import { countAudit } from '../../../main/db/audit';
import type { ListRowProblem } from '../../../shared/i18n/translator';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { worded } from '../import/build-files';
import { CORRECTED, correctedRoster, firstRoster, sheetRow } from './roster-update-files';

let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Cập nhật danh sách', path: t.file('u.congress') });
  await t.engine.call('roster:import', await firstRoster());
});
afterEach(() => t.dispose());

const byCode = async () => new Map((await t.engine.call('delegates:list', {})).map((d) => [d.code, d]));

describe('roster update (mode update): the corrected roster of the day before', () => {
  it('adding the corrected roster is refused as today: every known code is an error', async () => {
    const r = await t.engine.invoke('roster:import', await correctedRoster());
    expect(r.ok || r.error.code).toBe('ROSTER_HAS_ERRORS');
    if (r.ok) return;
    const keys = (r.error.details as { errors: ListRowProblem[] }).errors.map((e) => e.key);
    expect(keys).toEqual(Array(4).fill('listRow.codeTaken'));
  });

  it('previews what changes, by field, and writes nothing', async () => {
    const audit = countAudit(t.engine.context().db);
    const p = await t.engine.call('roster:preview', { ...(await correctedRoster()), mode: 'update' });
    expect(p.errors).toEqual([]);
    expect(p.changes).toEqual({
      added: [
        { row: sheetRow(5), code: 'DB006', fullName: 'Võ Thị Giang' },
        { row: sheetRow(6), code: 'DB007', fullName: 'Đặng Văn Hải' },
      ],
      updated: [
        {
          row: sheetRow(1),
          delegateId: expect.any(Number),
          code: 'DB001',
          fullName: 'Nguyễn Văn An',
          fields: [{ field: 'fullName', before: 'Nguyen Van An', after: 'Nguyễn Văn An' }],
        },
        {
          row: sheetRow(2),
          delegateId: expect.any(Number),
          code: 'DB002',
          fullName: 'Trần Thị Bình',
          fields: [{ field: 'unit', before: 'Tổ dân phố 3', after: 'Tổ dân phố 5' }],
        },
      ],
      unchanged: 2,
      notInFile: [{ delegateId: expect.any(Number), code: 'DB005', fullName: 'Hoàng Văn Em' }],
    });
    expect((await byCode()).get('DB001')!.fullName).toBe('Nguyen Van An');
    expect(countAudit(t.engine.context().db)).toBe(audit);
  });

  it('updates by code, keeps check-ins and the withdrawn delegate, and audits once with the codes', async () => {
    const before = await byCode();
    await t.engine.call('checkin:mark', { delegateId: before.get('DB001')!.id });
    await t.engine.call('checkin:mark', { delegateId: before.get('DB002')!.id });
    const r = await t.engine.call('roster:import', { ...(await correctedRoster()), mode: 'update' });
    expect(r).toMatchObject({ imported: 2, skipped: 0, errors: [] });
    expect(r.changes!.updated.map((u) => u.code)).toEqual(['DB001', 'DB002']);

    const after = await byCode();
    expect([...after.keys()]).toEqual(['DB001', 'DB002', 'DB003', 'DB004', 'DB005', 'DB006', 'DB007']);
    expect(after.get('DB001')).toMatchObject({ id: before.get('DB001')!.id, fullName: 'Nguyễn Văn An', seat: 'A1' });
    expect(after.get('DB002')).toMatchObject({ unit: 'Tổ dân phố 5', seat: 'A2' });
    expect(after.get('DB005')).toEqual(before.get('DB005')); // not in the file: kept, never removed here
    const present = (await t.engine.call('attendance:list', {})).filter((a) => a.state === 'present').map((a) => a.delegateId);
    expect(present.sort()).toEqual([before.get('DB001')!.id, before.get('DB002')!.id].sort());
    expect((await t.engine.call('attendance:summary', {})).present).toBe(2);
    // the new name is what a search by name now finds
    expect((await t.engine.call('delegates:search', { query: 'nguyen van an' })).map((d) => d.code)).toEqual(['DB001']);

    const db = t.engine.context().db;
    expect(countAudit(db, 'roster.update')).toBe(1);
    expect(countAudit(db, 'checkin.mark')).toBe(2);
    const row = db.prepare("SELECT after FROM audit WHERE action = 'roster.update'").get() as { after: string };
    expect(JSON.parse(row.after)).toMatchObject({
      added: 2,
      updated: 2,
      unchanged: 2,
      notInFile: 1,
      addedCodes: ['DB006', 'DB007'],
      updatedCodes: [
        { code: 'DB001', fields: ['fullName'] },
        { code: 'DB002', fields: ['unit'] },
      ],
    });
  });

  it('leaves untouched the fields the file has no column for, even when edited by hand', async () => {
    const d3 = (await byCode()).get('DB003')!;
    await t.engine.call('delegates:update', { ...d3, status: 'guest', group: 'Tổ 2' });
    await t.engine.call('roster:import', { ...(await correctedRoster()), mode: 'update' });
    expect((await byCode()).get('DB003')).toMatchObject({ status: 'guest', group: 'Tổ 2', seat: 'A3', unit: 'Chi hội Cựu chiến binh' });
  });

  it('imports nothing when one row is bad, and says which row in Vietnamese', async () => {
    const rows = CORRECTED.map((r, i) => (i === 3 ? [3, 'DB003', 'Lê Văn Cường', 'X', 'Chi hội'] : r));
    const listBefore = await t.engine.call('delegates:list', {});
    const audit = countAudit(t.engine.context().db);
    const r = await t.engine.invoke('roster:import', { ...(await correctedRoster(rows)), mode: 'update' });
    expect(r.ok || r.error.code).toBe('ROSTER_HAS_ERRORS');
    if (r.ok) return;
    const [problem] = worded((r.error.details as { errors: ListRowProblem[] }).errors);
    expect(problem).toMatchObject({ row: sheetRow(3), column: 'Giới tính (cột D)' });
    expect(await t.engine.call('delegates:list', {})).toEqual(listBefore);
    expect(countAudit(t.engine.context().db)).toBe(audit);
  });

  it('with only-valid, updates the good rows and leaves the delegate of the bad row as it was', async () => {
    const rows = CORRECTED.map((r, i) => (i === 1 ? [1, 'DB001', 'Nguyễn Văn An', 'X', 'Phường Hòa Bình'] : r));
    const r = await t.engine.call('roster:import', { ...(await correctedRoster(rows)), mode: 'update', onlyValid: true });
    expect(r).toMatchObject({ imported: 2, skipped: 1 });
    expect(r.changes!.updated.map((u) => u.code)).toEqual(['DB002']);
    expect((await byCode()).get('DB001')!.fullName).toBe('Nguyen Van An');
  });

  it('refuses one code written twice in different cases: the second row names the same delegate', async () => {
    const rows = [...CORRECTED, [7, 'db002', 'Trần Thị Bình', 'Nữ', 'Tổ dân phố 6']];
    const p = await t.engine.call('roster:preview', { ...(await correctedRoster(rows)), mode: 'update' });
    expect(p.errors).toMatchObject([{ row: sheetRow(7), key: 'listRow.duplicateCode', params: { firstRow: sheetRow(2) } }]);
    const r = await t.engine.invoke('roster:import', { ...(await correctedRoster(rows)), mode: 'update' });
    expect(r.ok || r.error.code).toBe('ROSTER_HAS_ERRORS');
    expect((await byCode()).get('DB002')!.unit).toBe('Tổ dân phố 3');
  });
});
