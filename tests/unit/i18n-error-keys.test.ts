/**
 * The errors once built from prose, now a code, a catalog key and parameters (shared/i18n): each
 * still reads word for word as before in Vietnamese and English, and the parts (the action, the
 * states needed, the cause on disk) are keys, so each language puts them together its own way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { congressPath, userFileSize } from '../../main/cli/paths';
import { alreadyExported } from '../../main/export/output';
import { assertRegularFile, fileError } from '../../main/files/fs-errors';
import type { BallotHeader } from '../../main/db/ballots';
import { reasonRequired, requireState } from '../../main/services/ballot-guards';
import { missing } from '../../main/services/context';
import { batchRefused } from '../../main/services/paper-batch-service';
import { checkEntry, struckFromTyped } from '../../main/services/paper-service';
import { AppError } from '../../shared/contract/result';
import { errorText, warningTexts } from '../helpers/error-text';

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const ballot = { id: 7, title: 'BCH', state: 'counted' } as const;
const header = { ...ballot, state: 'open', method: 'paper', passes: 2, candidateNumbers: [1, 2, 3] } as unknown as BallotHeader;

describe('ballot refusals by key', () => {
  it('names the action and the states needed from keys, joined per language', () => {
    const one = caught(() => requireState(ballot, ['open'], 'endCount'));
    expect(one).toMatchObject({ code: 'BALLOT_WRONG_STATE', key: 'ballot.wrongState', params: { action: 'endCount', needCount: 1 } });
    expect(errorText(one)).toBe('Không thể kết thúc kiểm phiếu: «BCH» đang ở trạng thái «đã kiểm phiếu» (cần: đang nhập phiếu).');
    expect(errorText(one, 'en')).toBe('Cannot end the count: "BCH" is counted (needs: open for entry).');
    const two = caught(() => requireState({ ...ballot, state: 'open' }, ['counted', 'published'], 'nextRound'));
    expect(errorText(two)).toBe(
      'Không thể tạo vòng bầu tiếp theo: «BCH» đang ở trạng thái «đang nhập phiếu» (cần: đã kiểm phiếu hoặc đã công bố).',
    );
    expect(errorText(two, 'en')).toBe('Cannot start another round: "BCH" is open for entry (needs: counted or published).');
  });

  it('asks for a reason and names what is missing by key', () => {
    expect(reasonRequired('ballotReopen')).toMatchObject({ code: 'REASON_REQUIRED', key: 'reason.required' });
    expect(errorText(reasonRequired('ballotReopen'))).toBe('Cần ghi lý do khi mở lại cuộc bầu.');
    expect(errorText(reasonRequired('voteReopen'), 'en')).toBe('A reason is required to reopen a closed vote.');
    const paper = missing('paper', { paper: '1500', pass: 2 });
    expect(paper.code).toBe('NOT_FOUND');
    expect(errorText(paper)).toBe('Không tìm thấy phiếu số 1500 ở lần nhập 2.');
    expect(errorText(paper, 'en')).toBe('Paper 1500 in pass 2 not found.');
    const session = missing('session', { id: 3 });
    expect(session.key).toBe('notFound.thing');
    expect(errorText(session)).toBe('Không tìm thấy phiên số 3.');
    expect(errorText(session, 'en')).toBe('Session 3 not found.');
  });

  it('refuses a pass, unknown numbers and a bad batch with the same words as before', () => {
    const pass = caught(() => checkEntry(header, 3));
    expect(pass.key).toBe('paper.noSuchPass');
    expect(errorText(pass)).toBe('Cuộc bầu này nhập 2 lần; không có lần nhập thứ 3.');
    const unknown = caught(() => struckFromTyped(header, [1, 9, 12]));
    expect(unknown).toMatchObject({ code: 'UNKNOWN_CANDIDATE_NUMBER', details: { numbers: [9, 12] } });
    expect(errorText(unknown)).toBe('Không có số 9, 12 trong danh sách (từ 1 đến 3). Phiếu chưa được lưu.');
    const batch = batchRefused([
      { row: 2, key: 'paper.repeatsRow', params: { paper: '5', first: '1' } },
      { row: 1500, key: 'paperFile.badPaper', params: { text: 'x' } },
    ]);
    expect(batch).toMatchObject({ key: 'paper.batchRefused', params: { count: 2 } });
    expect(errorText(batch)).toBe(
      'Có 2 dòng phiếu lỗi; chưa lưu phiếu nào. Dòng 2: Phiếu số 5 trùng với dòng 1; Dòng 1500: Số phiếu không hợp lệ: «x».',
    );
    expect(errorText(batchRefused([{ row: 4, key: 'paper.repeatsRow', params: { paper: '5', first: '1' } }]), 'en')).toBe(
      '1 row of papers is refused; no paper was saved. Row 4: Paper 5 repeats row 1.',
    );
  });
});

describe('file refusals by key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'error-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const what = { thing: 'writeDocument', target: 'x.docx' } as const;

  it('says the cause and its advice from keys, with the caller’s head', () => {
    const full = fileError(Object.assign(new Error('no space'), { code: 'ENOSPC' }), {
      what,
      path: join(dir, 'x.docx'),
      fallback: 'EXPORT_FAILED',
    });
    expect(full).toMatchObject({ code: 'DISK_FULL', key: 'fs.failed', params: { cause: 'diskFull', folder: dir } });
    expect(errorText(full)).toBe(
      `Không ghi được «x.docx»: ổ đĩa chứa «${dir}» đã hết chỗ trống. Không có gì bị thay đổi. Hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác rồi thử lại.`,
    );
    expect(errorText(full, 'en')).toBe(
      `Could not write "x.docx": the disk holding "${dir}" is full. Nothing was changed. Free some space or choose another drive, then try again.`,
    );
    const other = fileError(new Error('boom'), {
      what,
      path: join(dir, 'x.docx'),
      fallback: 'EXPORT_FAILED',
      outcome: 'noFileMade',
    });
    expect(other).toMatchObject({ code: 'EXPORT_FAILED', key: 'fs.systemSaid', params: { what: 'writeDocument', outcome: 'noFileMade' } });
    expect(errorText(other)).toBe('Không ghi được «x.docx»: boom. Chưa có tệp nào được tạo hay thay đổi.');
    expect(errorText(other, 'en')).toBe('Could not write "x.docx": boom. No file was created or changed.');
  });

  it('refuses a folder where a file should be, and names the missing file both ways', () => {
    const folder = caught(() => assertRegularFile(dir));
    expect(folder).toMatchObject({ code: 'NOT_A_FILE', params: { cause: 'notAFile', kind: 'folder' } });
    expect(errorText(folder)).toBe(
      `Không mở được «${dir}»: «${dir}» là một thư mục, không phải tệp. Không có gì bị thay đổi. Hãy chọn đúng tệp hoặc đặt tên khác.`,
    );
    expect(errorText(folder, 'en')).toBe(
      `Could not open "${dir}": "${dir}" is a folder, not a file. Nothing was changed. Choose the right file or another name.`,
    );
    const absent = caught(() => congressPath(join(dir, 'hoabinh'), 'existing'));
    expect(absent).toMatchObject({ code: 'FILE_NOT_FOUND', key: 'file.notFoundEither' });
    expect(errorText(absent)).toBe(`Không tìm thấy tệp «${join(dir, 'hoabinh')}» (cũng không có «${join(dir, 'hoabinh.congress')}»).`);
    const isFolder = caught(() => userFileSize(dir));
    expect(isFolder.key).toBe('file.isFolder');
    expect(errorText(isFolder, 'en')).toBe(`"${dir}" is a folder, not a file.`);
  });

  it('lists existing documents quoted per language, and says "exists" for one', () => {
    const two = alreadyExported(['a.docx', 'b.pdf'], ['/x/a (2).docx', '/x/b (2).pdf']);
    expect(two).toMatchObject({ code: 'FILE_EXISTS', key: 'export.alreadyExported', params: { count: 2 } });
    expect(errorText(two).startsWith('Đã có «a.docx», «b.pdf». ')).toBe(true);
    expect(errorText(two)).toContain('lưu thành tệp mới («a (2).docx», «b (2).pdf»)');
    expect(errorText(two, 'en').startsWith('"a.docx", "b.pdf" already exist. ')).toBe(true);
    expect(errorText(alreadyExported(['a.docx'], ['/x/a (2).docx']), 'en').startsWith('"a.docx" already exists. ')).toBe(true);
  });

  it('adds where a running Congress Desk holds a locked file after the engine’s own refusal, by its key', () => {
    const where = { address: 'http://127.0.0.1:5173', pid: '4242' };
    const error = AppError.of('FILE_LOCKED', 'file.lockedByHost', { path: 'a.congress', locked: 'file.locked', ...where });
    expect(errorText(error)).toMatch(
      /^Tệp «a\.congress» đang được mở ở một cửa sổ hoặc chương trình khác\. Hãy đóng nơi đó trước\. Tệp đang được mở bởi Congress Desk đang chạy ở http:\/\/127\.0\.0\.1:5173 \(tiến trình 4242\)\./,
    );
    expect(errorText(error, 'en')).toContain(' It is open in the Congress Desk running at http://127.0.0.1:5173 (process 4242).');
    expect(errorText(error, 'en')).toContain('"a.congress"');
  });
});

describe('a saved paper’s remarks by key', () => {
  it('names an invalid paper’s reason from the one list of reasons, in each language', () => {
    const remark = [{ key: 'paper.warn.invalid', params: { reason: 'written_in' } }];
    expect(warningTexts(remark)).toEqual(['Phiếu không hợp lệ: Ghi thêm tên hoặc nội dung khác']);
    expect(warningTexts(remark, 'en')).toEqual(['Invalid paper: Names or other content written in']);
  });
});
