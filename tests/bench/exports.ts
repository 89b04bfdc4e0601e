/**
 * Export figures for a national-size congress: 1,500 delegates checked in and a 400-name ballot with
 * 1,500 papers (left by the ballot bench). Target: every export finishes in seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportFormat, ExportKind } from '../../shared/contract/export-schemas';
import type { Engine } from '../../main/engine/engine';
import { report } from './stats';
import { errorText } from '../helpers/error-text';

export async function exportBench(engine: Engine): Promise<void> {
  const ballots = await engine.call('ballots:list', {});
  const ballot = ballots[ballots.length - 1]!;
  if (ballot.state === 'open') {
    const progress = await engine.call('ballots:progress', { id: ballot.id });
    await engine.call('ballots:setCounts', { id: ballot.id, issued: progress.entered[0]!.papers });
    await engine.call('ballots:count', { id: ballot.id });
  }
  const out = mkdtempSync(join(tmpdir(), 'congress-bench-export-'));
  let events = 0;
  const stop = engine.on((name) => name === 'exports:progress' && events++);
  const runs: [ExportKind, ExportFormat, string][] = [
    ['minutes', 'docx', `biên bản, ${ballot.candidateCount} tên`],
    ['minutes', 'pdf', `biên bản, ${ballot.candidateCount} tên`],
    ['entry_log', 'pdf', 'nhật ký nhập phiếu, 1.500 phiếu'],
    ['tally', 'xlsx', 'bảng kết quả'],
    ['tally', 'csv', 'bảng kết quả'],
    ['ballot_papers', 'pdf', `phiếu, ${ballot.candidateCount} tên`],
    ['cards', 'pdf', 'thẻ đại biểu, 1.500 thẻ'],
    ['credentials', 'docx', 'báo cáo thẩm tra tư cách'],
    ['attendance', 'xlsx', 'điểm danh, 1.500 người'],
    ['attendance', 'pdf', 'điểm danh, 1.500 người'],
    ['archive', 'zip', 'lưu trữ toàn bộ (zip)'],
  ];
  for (const [what, format, label] of runs) {
    events = 0;
    const start = performance.now();
    const r = await engine.invoke('exports:run', { what, format, ballotId: ballot.id, out });
    const elapsed = performance.now() - start;
    if (!r.ok) throw new Error(`${what}: ${errorText(r.error)}`);
    const bytes = r.value.files.reduce((n, f) => n + f.bytes, 0);
    report(
      `export ${what}.${format}: ${label}`,
      `${(elapsed / 1000).toFixed(2)} s, ${(bytes / 1024).toFixed(0)} KB, ${events} progress`,
      '< 10 s',
    );
  }
  stop();
  rmSync(out, { recursive: true, force: true });
}
