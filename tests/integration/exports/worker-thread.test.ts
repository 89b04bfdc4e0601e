/**
 * Exports run in a worker thread (main/workers, main/export/export-runner.ts): real threads on a real
 * congress file. The engine answers a check-in while an export is still rendering; the worker's
 * AppError reaches the caller as the same code; progress arrives; a stopped worker leaves no file.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resourcesDir } from '../../../main/export/resources';
import { runExport } from '../../../main/export/export-runner';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot } from './export-setup';

let t: TempEngine;
let valve: ChildProcess | null = null;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => {
  valve?.kill('SIGKILL');
  valve = null;
  t.dispose();
});

describe('an export in its worker thread', () => {
  it('leaves the engine answering: a check-in is answered while the export is held in the middle of its reading', async () => {
    await congressFor(t, 40, 0);
    // The cards' wording is read from a named pipe: the export cannot go on until the test writes it,
    // and the test writes it only once the check-in is answered. On the engine's own thread the read
    // would stop the engine (and the check-in) until the valve, a child process, writes it 20 s later.
    const templates = t.file('templates');
    mkdirSync(templates);
    const pipe = join(templates, 'delegate-card.json');
    execFileSync('mkfifo', [pipe]);
    const wording = readFileSync(join(resourcesDir(), 'templates', 'delegate-card.json'), 'utf8');
    valve = spawn('sh', ['-c', `sleep 20; cat "${join(resourcesDir(), 'templates', 'delegate-card.json')}" > "${pipe}"`], {
      stdio: 'ignore',
    });
    await t.engine.call('exports:saveSettings', { templateDir: templates });
    const order: string[] = [];
    const exported = t.engine
      .invoke('exports:run', { what: 'cards', format: 'pdf', out: t.file('out') })
      .then((r) => (order.push('export'), r));
    const checkedIn = await t.engine.invoke('checkin:scan', { code: 'DB0001' });
    order.push('check-in');
    expect(checkedIn.ok).toBe(true);
    await writeFile(pipe, wording);
    const r = await exported;
    expect(r.ok).toBe(true);
    expect(order).toEqual(['check-in', 'export']);
    // the documents come from the copy taken when the export began: the check-in is not in them
    expect((await t.engine.call('attendance:summary', {})).present).toBe(1);
  });

  it('sends its progress as exports:progress events, under the job id asked for', async () => {
    await congressFor(t, 30, 30);
    const r = await t.engine.call('exports:run', { what: 'attendance', format: 'pdf', out: t.file('out'), jobId: 'j-1' });
    expect(existsSync(r.files[0]!.path)).toBe(true);
    const progress = t.events
      .filter((e) => e.name === 'exports:progress')
      .map((e) => e.payload as { jobId: string; done: number; total: number });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === 'j-1')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 });
  });

  it('answers an AppError thrown in the worker with its own code and details', async () => {
    await congressFor(t, 3, 3);
    const r = await t.engine.invoke('exports:run', { what: 'minutes', format: 'pdf', ballotId: 99, out: t.file('out') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
    const none = await t.engine.invoke('exports:run', { what: 'tally', format: 'csv', out: t.file('out') });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.code).toBe('EXPORT_NOT_READY');
  });

  it('stopped midway, leaves neither the document nor a half-written one, nor its copy of the congress', async () => {
    await congressFor(t, 40, 40);
    await countedBallot(t, [
      [2, 6, 7],
      [3, 6, 7],
    ]);
    const out = t.file('out');
    const stop = new AbortController();
    // the engine's copies of the congress for its exports (export-runner.ts), in a temporary folder
    // of this test's own (other test files export at the same time)
    const tmp = t.file('tmp');
    mkdirSync(tmp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    onTestFinished(() => {
      process.env.TMPDIR = saved;
    });
    const copies = () => readdirSync(tmp).filter((f) => f.startsWith('congress-export-'));
    const before = copies();
    const run = runExport(t.engine.context(), { what: 'archive', format: 'zip', out }, (done) => done >= 1 && stop.abort(), stop.signal);
    await expect(run).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(copies()).toEqual(before);
    // and the engine goes on: the next export is whole
    const again = await t.engine.call('exports:run', { what: 'archive', format: 'zip', out });
    expect(existsSync(again.files[0]!.path)).toBe(true);
  });
});
