import { join } from 'node:path';
import type { Caller } from '../../../shared/contract/envelope';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { names, settings } from '../../helpers/ballot-settings';
import { congressFor, pdfLines } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const device = (deviceId: string): { caller: Caller } => ({ caller: { role: 'operator', deviceId, deviceName: deviceId } });

describe('the entry log document names where each paper entry came from', () => {
  it('prints the source (bàn phím, tệp, máy quét, rà soát) and the device beside each entry', async () => {
    await congressFor(t, 6, 6);
    const { id } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường') });
    await t.engine.call('ballots:open', { id });
    const one = (paper: number, numbers: number[], source: 'keyboard' | 'scan' | 'review', deviceId: string) =>
      t.engine.call('papers:record', { ballotId: id, pass: 1, paper, numbers, invalid: null, source }, device(deviceId));
    await one(1, [1], 'keyboard', 'BAN1');
    await t.engine.call(
      'papers:recordMany',
      { ballotId: id, pass: 1, papers: [{ paper: 2, numbers: [2], invalid: null }] },
      device('CLI7'),
    );
    await one(3, [3], 'scan', 'QUET2');
    await one(4, [1], 'review', 'BAN1');

    const out = join(t.dir, 'out');
    const pdf = await t.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId: id, out });
    const lines = pdfLines(pdf.files[0]!.path).map((l) => l.text);
    expect(lines).toEqual(expect.arrayContaining(['1 (bàn phím, BAN1)', '2 (tệp, CLI7)', '3 (máy quét, QUET2)', '1 (rà soát, BAN1)']));
  });
});
