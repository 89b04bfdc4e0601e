import { countAudit } from '../../../main/db/audit';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterXlsx } from '../../../main/demo/roster-file';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';
import type { ListRowProblem } from '../../../shared/i18n/translator';
import { worded } from '../import/build-files';

let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Nhập danh sách', path: t.file('r.congress') });
});
afterEach(() => t.dispose());

const file = async (rows = generateDemoRoster(20, 5)) => ({
  fileName: 'ds.xlsx',
  contentBase64: (await writeRosterXlsx(rows)).toString('base64'),
});

describe('roster import through the engine', () => {
  it('imports a whole file in one transaction with one audit row', async () => {
    const r = await t.engine.call('roster:import', await file());
    expect(r).toEqual({ imported: 20, skipped: 0, errors: [] });
    expect(await t.engine.call('delegates:list', {})).toHaveLength(20);
    expect(countAudit(t.engine.context().db, 'roster.import')).toBe(1);
  });

  it('refuses a second import whose codes are already taken, and changes nothing', async () => {
    await t.engine.call('roster:import', await file());
    const auditBefore = countAudit(t.engine.context().db);
    const again = await t.engine.invoke('roster:import', await file());
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('ROSTER_HAS_ERRORS');
    const errors = worded((again.error.details as { errors: ListRowProblem[] }).errors);
    expect(errors).toHaveLength(20);
    expect(errors[0]).toMatchObject({ row: 4, column: 'Mã đại biểu (cột B)' });
    expect(errors[0]!.message).toContain('đã có trong danh sách');
    expect(await t.engine.call('delegates:list', {})).toHaveLength(20);
    expect(countAudit(t.engine.context().db)).toBe(auditBefore);
  });

  it('assigns codes to rows that have none, after the codes already used', async () => {
    await t.engine.call('delegates:create', { ...generateDemoRoster(1, 9)[0]!, code: 'DB001' });
    const rows = generateDemoRoster(3, 11).map((d) => ({ ...d, code: null }));
    await t.engine.call('roster:import', await file(rows));
    const codes = (await t.engine.call('delegates:list', {})).map((d) => d.code);
    expect(codes).toEqual(['DB001', 'DB002', 'DB003', 'DB004']);
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    const r = await t.engine.invoke('roster:import', {
      fileName: 'anh.png',
      contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64'),
    });
    expect(r.ok || r.error.code).toBe('ROSTER_FILE_REJECTED');
    if (!r.ok) expect(errorText(r.error)).toContain('anh.png');
  });

  it('imports nothing when no row is valid, even with only-valid', async () => {
    const csv = '\uFEFFMã đại biểu,Họ và tên,Tư cách\nDB001,,Chính thức\nDB002,Lê Văn B,Không rõ\n';
    const r = await t.engine.invoke('roster:import', {
      fileName: 'hong.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      onlyValid: true,
    });
    expect(r.ok || r.error.code).toBe('NOTHING_TO_IMPORT');
    expect(await t.engine.call('delegates:list', {})).toHaveLength(0);
  });

  it('keeps the projected slide across a restart', async () => {
    await t.engine.call('projector:set', { slide: 'attendance' });
    const path = (await t.engine.call('app:state', {})).congress!.path;
    await t.engine.call('congress:close', {});
    await t.engine.call('congress:open', { path });
    expect((await t.engine.call('projector:view', {})).slide).toBe('attendance');
  });

  it('removes a delegate but keeps the history, and frees the code', async () => {
    await t.engine.call('roster:import', await file());
    const [first] = await t.engine.call('delegates:list', {});
    await t.engine.call('checkin:mark', { delegateId: first!.id });
    await t.engine.call('delegates:remove', { id: first!.id, reason: 'Nhập trùng' });
    expect(await t.engine.call('delegates:list', {})).toHaveLength(19);
    expect((await t.engine.call('attendance:list', {})).length).toBe(0);
    const row = t.engine.context().db.prepare('SELECT removed_reason FROM delegates WHERE id = ?').get(first!.id);
    expect(row).toEqual({ removed_reason: 'Nhập trùng' });
    const scan = await t.engine.invoke('checkin:scan', { code: first!.code });
    expect(scan.ok || scan.error.code).toBe('UNKNOWN_DELEGATE_CODE');
    const reused = await t.engine.call('delegates:create', { ...generateDemoRoster(1, 3)[0]!, code: first!.code });
    expect(reused.code).toBe(first!.code);
  });
});
