import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppErrorData } from '../../../shared/contract/result';
import { errorText } from '../../helpers/error-text';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, names, settings } from '../ballots/ballot-setup';

/**
 * What crosses the contract when the engine refuses: a code, a catalog key, parameters and details,
 * never prose; each client words it (shared/i18n/messages.ts renderMessage). A file-system
 * refusal, a hand count's problems and a batch's rows each read in Vietnamese and in English.
 */
let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

async function refused(p: Promise<{ ok: true } | { ok: false; error: AppErrorData }>): Promise<AppErrorData> {
  const r = await p;
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

/** An open ballot with ASCII names, so that no Vietnamese can reach its refusals through the data. */
async function openBallot(extra: Parameters<typeof settings>[0] = {}): Promise<number> {
  await congressWith(t, 5, 5);
  const { id } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2, ...extra }));
  await t.engine.call('ballots:setCandidates', { id, candidates: names('Anna', 'Binh', 'Chau') });
  await t.engine.call('ballots:open', { id });
  return id;
}

const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ«»]/i;

describe('refusals cross as keys and read in each language', () => {
  it('a file-system refusal: the head and the outcome are keys, worded per language', async () => {
    writeFileSync(t.file('plain'), 'not a folder');
    const target = join(t.file('plain'), 'phuong.congress');
    const error = await refused(t.engine.invoke('congress:create', { name: 'X', path: target }));
    expect(error).toMatchObject({
      code: 'NOT_A_FOLDER',
      key: 'fs.failed',
      params: { what: 'createCongress', target, outcome: 'nothingChanged', cause: 'notAFolder' },
    });
    const plain = t.file('plain');
    expect(errorText(error)).toBe(
      `Không tạo được tệp đại hội «${target}»: «${plain}» là một tệp, không phải thư mục. Không có gì bị thay đổi. Hãy chọn một thư mục.`,
    );
    expect(errorText(error, 'en')).toBe(
      `Could not create the congress file "${target}": "${plain}" is a file, not a folder. Nothing was changed. Choose a folder.`,
    );
  });

  it('a hand count: every problem is a key with its numbers, listed in the chosen language', async () => {
    const id = await openBallot({ method: 'hands_per_name' });
    const error = await refused(t.engine.invoke('ballots:aggregate', { ballotId: id, valid: 4, invalid: 0, votes: { 1: 5, 9: 1 } }));
    expect(error).toMatchObject({ code: 'COUNTS_INCONSISTENT', key: 'ballot.countsRefused', params: { count: 2 } });
    const problems = (error.details as { problems: unknown[] }).problems;
    expect(problems).toEqual([
      { code: 'unknown_candidate', key: 'tally.problem.unknownCandidate', params: { number: '9' } },
      { code: 'votes_exceed_valid', key: 'tally.problem.votesExceedValid', params: { name: 'Anna', votes: 5, valid: 4 }, candidate: 1 },
    ]);
    expect(errorText(error)).toBe(
      'Chưa lưu được kết quả kiểm phiếu (2 chỗ chưa đúng): Không có người số 9 trong danh sách. Anna có 5 phiếu, nhiều hơn số phiếu hợp lệ (4).',
    );
    expect(errorText(error, 'en')).toBe(
      'The count was not saved (2 problems): No candidate number 9 on the list. Anna has 5 votes, more than the valid papers (4).',
    );
  });

  it('a vote whose hands do not add up: the problem is a key, in the refusal and in the vote shown', async () => {
    await congressWith(t, 10, 10);
    const v = await t.engine.call('votes:create', { question: 'Q' });
    const error = await refused(t.engine.invoke('votes:record', { id: v.id, counts: { for: 8, against: 1, abstain: 0 }, close: true }));
    expect(error).toMatchObject({
      code: 'COUNTS_INCONSISTENT',
      key: 'vote.countsRefused',
      params: { problem: 'vote.problem.tooFew', diff: 1 },
    });
    expect(errorText(error, 'en')).toBe(
      'For + against + abstain is 9, which does not match the 10 delegates present (1 missing). The vote cannot be closed.',
    );
    const draft = await t.engine.call('votes:record', { id: v.id, counts: { for: 8, against: 1, abstain: 0 }, close: false });
    expect(draft.problem).toEqual({ key: 'vote.problem.tooFew', params: { sum: 9, present: 10, diff: 1 } });
  });

  it('a batch of papers: each refused row is {row, key, params}, and the rows read in each language', async () => {
    const id = await openBallot();
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 3, numbers: [], invalid: null });
    const papers = [
      { paper: 3, numbers: [], invalid: null },
      { paper: 4, numbers: [7], invalid: null },
    ];
    const error = await refused(t.engine.invoke('papers:recordMany', { ballotId: id, pass: 1, papers }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', key: 'paper.batchRefused', params: { count: 2 } });
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      { row: 1, paper: 3, column: 'paper', code: 'PAPER_EXISTS', key: 'paper.existsInBatch', params: { paper: '3', pass: 1 } },
      {
        row: 2,
        paper: 4,
        column: 'struck',
        code: 'UNKNOWN_CANDIDATE_NUMBER',
        key: 'paper.unknownNumbers',
        params: { numbers: '7', count: 3 },
      },
    ]);
    expect(errorText(error)).toBe(
      'Có 2 dòng phiếu lỗi; chưa lưu phiếu nào. Dòng 1: Phiếu số 3 đã nhập ở lần nhập 1; Dòng 2: Không có số 7 trong danh sách (từ 1 đến 3). Phiếu chưa được lưu.',
    );
    expect(errorText(error, 'en')).toBe(
      '2 rows of papers are refused; no paper was saved. Row 1: Paper 3 is already entered in pass 1; Row 2: No candidate number 7 on the list (1 to 3). The paper was not saved.',
    );
  });

  it('serialised, a refusal holds no prose: no message, no messageEn, no Vietnamese word', async () => {
    const id = await openBallot({ method: 'hands_per_name' });
    writeFileSync(t.file('plain'), 'x');
    const errors = [
      await refused(t.engine.invoke('congress:create', { name: 'X', path: join(t.file('plain'), 'a.congress') })),
      await refused(t.engine.invoke('ballots:aggregate', { ballotId: id, valid: 4, invalid: 0, votes: { 1: 5 } })),
      await refused(t.engine.invoke('papers:recordMany', { ballotId: id, pass: 1, papers: [{ paper: 1, numbers: [9], invalid: null }] })),
      await refused(t.engine.invoke('ballots:get', { id: 99 })),
    ];
    for (const error of errors) {
      const json = JSON.stringify(error);
      expect(Object.keys(error).sort()).toEqual(expect.arrayContaining(['code', 'key']));
      expect(json).not.toMatch(/"message(En)?"/);
      expect(json, json).not.toMatch(VIETNAMESE_LETTERS);
    }
  });
});
