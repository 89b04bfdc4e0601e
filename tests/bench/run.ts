/**
 * `npm run bench`: figures for a national-size congress (1,500 delegates), printed, not asserted.
 * Targets from the issue: import 10,000 rows < 2 s, check-in p99 < 20 ms, search < 10 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../../main/engine/engine';
import { generateDemoRoster } from '../../main/demo/demo-roster';
import { writeRosterXlsx } from '../../main/demo/roster-file';
import { filterDelegates, indexDelegates } from '../../renderer/features/roster/roster-store';
import { auditBench } from './audit';
import { ballotBench } from './ballots';
import { entryScreenBench } from './entry-screen';
import { exportBench } from './exports';
import { integrityBench } from './integrity';
import { ms, report, summarize } from './stats';
import { errorText } from '../helpers/error-text';

const dir = mkdtempSync(join(tmpdir(), 'congress-bench-'));
let files = 0;

async function freshEngine(): Promise<Engine> {
  const engine = new Engine({ workspaceDir: join(dir, 'ws'), rememberRecent: false });
  await engine.call('congress:create', { name: 'Bench', path: join(dir, `bench-${++files}.congress`) });
  return engine;
}

async function importBench(rows: number): Promise<Engine> {
  const bytes = await writeRosterXlsx(generateDemoRoster(rows, 42));
  const engine = await freshEngine();
  const start = performance.now();
  const result = await engine.call('roster:import', { fileName: `roster-${rows}.xlsx`, contentBase64: bytes.toString('base64') });
  const elapsed = performance.now() - start;
  report(
    `import ${rows.toLocaleString('vi-VN')}-row xlsx (${(bytes.length / 1024).toFixed(0)} KB)`,
    `${(elapsed / 1000).toFixed(2)} s`,
    rows >= 10_000 ? '< 2 s' : undefined,
  );
  if (result.imported !== rows) throw new Error(`imported ${result.imported} of ${rows}`);
  return engine;
}

async function checkinBench(engine: Engine): Promise<void> {
  const delegates = await engine.call('delegates:list', {});
  let delivered: (() => void) | null = null;
  engine.on((name) => {
    if (name === 'attendance:changed') delivered?.();
  });
  const samples: number[] = [];
  for (const d of delegates) {
    const start = performance.now();
    const seen = new Promise<void>((r) => (delivered = r));
    const result = await engine.invoke('checkin:scan', { code: d.code });
    await seen;
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(errorText(result.error));
  }
  const s = summarize(samples);
  report(`check-in: command → committed → event (${samples.length})`, `median ${ms(s.median)}`);
  report('check-in p99', ms(s.p99), '< 20 ms');
}

async function searchBench(engine: Engine): Promise<void> {
  const delegates = await engine.call('delegates:list', {});
  const queries = ['nguyen thi hang', 'duc', 'tran van', 'DB0123', 'le', 'pham minh tuan', 'hoa', 'xyz'];
  const service: number[] = [];
  for (let i = 0; i < 400; i++) {
    const start = performance.now();
    await engine.call('delegates:search', { query: queries[i % queries.length]!, limit: 50 });
    service.push(performance.now() - start);
  }
  const indexed = indexDelegates(delegates);
  const screen: number[] = [];
  for (let i = 0; i < 400; i++) {
    const start = performance.now();
    filterDelegates(indexed.delegates, queries[i % queries.length]!);
    screen.push(performance.now() - start);
  }
  const a = summarize(service);
  const b = summarize(screen);
  report(`name search, engine (${delegates.length} delegates)`, `median ${ms(a.median)} p99 ${ms(a.p99)}`, '< 10 ms');
  report(`name search, as-you-type filter on screen`, `median ${ms(b.median)} p99 ${ms(b.p99)}`, '< 10 ms');
}

async function main(): Promise<void> {
  process.stdout.write(`Congress Desk benchmark — node ${process.version}\n\n`);
  const national = await importBench(1_500);
  await importBench(10_000).then((e) => e.close());
  await searchBench(national);
  await checkinBench(national);
  const bench = await ballotBench(national);
  await entryScreenBench(national, bench.ballotId, bench.typical);
  await exportBench(national);
  await (await import('./export-latency')).exportLatencyBench(national);
  await integrityBench(national);
  await (await import('./hall')).hallBench(); // the hall network: remote check-in, papers per minute
  await (await import('./scan-throughput')).scanThroughputBench(); // scanned papers read: sheets per second
  const nationalFile = national.context().path;
  national.close();
  auditBench(nationalFile);
  rmSync(dir, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
