/**
 * The crash campaign: the real engine in a child process runs check-ins, undos, ballot
 * papers (new, edited with a reason, voided) and delegate edits, and is killed with SIGKILL at
 * random points. After each kill the file is reopened the way the app would at its next start and
 * must be: intact (integrity_check, audit chain), holding every acknowledged command, and in
 * exactly the state of "all acknowledged commands" or "those plus the one in flight" — anything
 * else is a lost or half-done command. Used by tests/integration/safety/crash-random.test.ts (CI
 * size) and tests/soak/crash-soak.ts (`npm run soak`).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../../main/db/audit';
import { Engine } from '../../main/engine/engine';
import type { Delegate } from '../../shared/domain/delegate';
import { steppingClock } from './temp-engine';
import { settings } from './ballot-settings';
import { bundleEngineWorker, runWorkerUntilKilled } from './worker-process';

export interface CampaignOptions {
  dir: string;
  kills: number;
  seed: number;
  delegates?: number;
  /** Acknowledgements before a kill are drawn from 1..maxRun. */
  maxRun?: number;
  log?: (line: string) => void;
}

export interface CampaignReport {
  kills: number;
  commands: number;
  acknowledged: number;
  found: number;
  lost: number;
  /** Committed but killed before the acknowledgement reached the parent: allowed, counted. */
  inFlightCommitted: number;
  byKind: Record<string, number>;
}

interface Command {
  kind: string;
  channel: string;
  input: unknown;
}

/** What the congress must look like: the parts the campaign's commands change. */
interface Model {
  present: Set<string>;
  papers: Map<number, { struck: number[]; voided: boolean }>;
  names: Map<number, string>;
  audit: number;
  nextPaper: number;
  edits: number;
}

const CANDIDATES = 8;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Đức', 'Ngọc'];
const GIVEN = 'An Bình Cường Dũng Giang Hà Hải Hạnh Hòa Hùng Khánh Lan Linh Long Mai Nam Nga Phúc Quang Sơn Tâm Thảo Trang Tuấn Yến'.split(
  ' ',
);

/** Names without digits, as the roster requires; distinct for the first 1,200. */
export function personName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`;
}

/** Small, seedable, good enough to place kills (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = (m: Model): Model => ({
  ...m,
  present: new Set(m.present),
  papers: new Map([...m.papers].map(([k, v]) => [k, { ...v }])),
  names: new Map(m.names),
});

function pick<T>(rng: () => number, list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[Math.floor(rng() * list.length)];
}

/** The next valid command for this state, and the state once it is applied. */
function nextCommand(rng: () => number, m: Model, roster: readonly Delegate[], ballotId: number): Command {
  const roll = rng();
  const standing = [...m.papers].filter(([, p]) => !p.voided).map(([n]) => n);
  const voided = [...m.papers].filter(([, p]) => p.voided).map(([n]) => n);
  if (roll < 0.35 || (roll < 0.4 && m.present.size === 0)) {
    const absent = roster.filter((d) => !m.present.has(d.code));
    const d = pick(rng, absent);
    if (d) {
      m.present.add(d.code);
      m.audit++;
      return { kind: 'check-in', channel: 'checkin:scan', input: { code: d.code } };
    }
  }
  if (roll < 0.4 && m.present.size > 0) {
    const code = pick(rng, [...m.present])!;
    m.present.delete(code);
    m.audit++;
    return { kind: 'check-in undo', channel: 'checkin:undo', input: { delegateId: roster.find((d) => d.code === code)!.id } };
  }
  const marks = () => [...new Set(Array.from({ length: Math.floor(rng() * 4) }, () => 1 + Math.floor(rng() * CANDIDATES)))];
  if (roll < 0.52 && (standing.length > 0 || voided.length > 0)) {
    const paper = pick(rng, rng() < 0.8 && standing.length > 0 ? standing : voided.length > 0 ? voided : standing)!;
    const numbers = marks();
    const replacing = !m.papers.get(paper)!.voided;
    m.papers.set(paper, { struck: [...numbers].sort((a, b) => a - b), voided: false });
    m.audit++;
    return {
      kind: replacing ? 'paper edit' : 'paper re-entry',
      channel: 'papers:record',
      input: {
        ballotId,
        pass: 1,
        paper,
        numbers,
        invalid: null,
        ...(replacing ? { replaceReason: `Nhập nhầm phiếu ${paper}, sửa lại` } : {}),
      },
    };
  }
  if (roll < 0.6 && standing.length > 0) {
    const paper = pick(rng, standing)!;
    m.papers.get(paper)!.voided = true;
    m.audit++;
    return { kind: 'paper void', channel: 'papers:void', input: { ballotId, pass: 1, paper, reason: `Phiếu ${paper} nhập trùng` } };
  }
  if (roll < 0.7) {
    const d = pick(rng, roster)!;
    const fullName = personName(++m.edits * 7919); // another valid name, as a corrected roster line would be
    m.names.set(d.id, fullName);
    m.audit++;
    const { id, code, ...fields } = d;
    return { kind: 'delegate edit', channel: 'delegates:update', input: { ...fields, id, code, fullName } };
  }
  const paper = m.nextPaper++;
  const numbers = marks();
  m.papers.set(paper, { struck: [...numbers].sort((a, b) => a - b), voided: false });
  m.audit++;
  return { kind: 'paper', channel: 'papers:record', input: { ballotId, pass: 1, paper, numbers, invalid: null } };
}

function canonical(m: Pick<Model, 'present' | 'papers' | 'names' | 'audit'>): string {
  return JSON.stringify({
    present: [...m.present].sort(),
    papers: [...m.papers].sort((a, b) => a[0] - b[0]).map(([n, p]) => [n, p.struck.join(' '), p.voided]),
    names: [...m.names].sort((a, b) => a[0] - b[0]),
    audit: m.audit,
  });
}

/** Reopens the file as the app would after a crash, checks it, and reads back what the model tracks. */
function reopenAndRead(engine: Engine, file: string, ballotId: number): Pick<Model, 'present' | 'papers' | 'names' | 'audit'> {
  engine.open(file); // WAL recovery, identity and quick_check on the way in
  try {
    const { db } = engine.context();
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check after a kill: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw new Error(`foreign_key_check after a kill: ${JSON.stringify(orphans.slice(0, 3))}`);
    const chain = verifyAuditChain(db);
    if (chain.broken.length > 0) throw new Error(`audit chain broken after a kill at rows ${chain.broken.join(', ')}`);
    const present = db
      .prepare("SELECT d.code FROM attendance a JOIN delegates d ON d.id = a.delegate_id WHERE a.state = 'present'")
      .pluck()
      .all() as string[];
    const papers = db
      .prepare('SELECT paper, struck, voided_at IS NOT NULL AS voided FROM paper_entries WHERE ballot_id = ? AND pass = 1')
      .all(ballotId) as {
      paper: number;
      struck: string;
      voided: number;
    }[];
    const names = db.prepare('SELECT id, full_name FROM delegates').all() as { id: number; full_name: string }[];
    return {
      present: new Set(present),
      papers: new Map(papers.map((p) => [p.paper, { struck: p.struck ? p.struck.split(' ').map(Number) : [], voided: p.voided === 1 }])),
      names: new Map(names.map((n) => [n.id, n.full_name])),
      audit: chain.entries,
    };
  } finally {
    engine.close();
  }
}

/** A congress of `count` delegates (imported as a roster) and an open paper ballot of 8 names. */
async function prepare(engine: Engine, file: string, count: number): Promise<{ roster: Delegate[]; ballotId: number }> {
  await engine.call('congress:create', { name: 'Đại hội thử sập nguồn', path: file });
  const rows = Array.from({ length: count }, (_, i) => `DB${String(i + 1).padStart(4, '0')},${personName(i)}`);
  const csv = `Mã đại biểu,Họ và tên\n${rows.join('\n')}\n`;
  await engine.call('roster:import', { fileName: 'dai-bieu.csv', contentBase64: Buffer.from(csv).toString('base64') });
  const ballot = await engine.call('ballots:create', settings({ title: 'Bầu Ban Thường trực (thử)' }));
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => ({ name: `Ứng Viên Số ${i + 1}`, birthDate: null }));
  await engine.call('ballots:setCandidates', { id: ballot.id, candidates });
  await engine.call('ballots:open', { id: ballot.id });
  const roster = await engine.call('delegates:list', {});
  engine.close();
  return { roster, ballotId: ballot.id };
}

interface Campaign {
  rng: () => number;
  worker: string;
  file: string;
  dir: string;
  engine: Engine;
  roster: Delegate[];
  ballotId: number;
  maxRun: number;
  report: CampaignReport;
}

/** One worker run and its kill; answers the state the file was verified to be in. */
async function killOnce(c: Campaign, model: Model): Promise<Model> {
  const { rng, report } = c;
  const killAfter = 1 + Math.floor(rng() * c.maxRun);
  // The states after 0, 1, 2… commands of this batch: the file must match the last acknowledged one or the next.
  const states: Model[] = [model];
  const batch: Command[] = [];
  for (let i = 0; i < killAfter + 40; i++) {
    const next = clone(states[i]!);
    batch.push(nextCommand(rng, next, c.roster, c.ballotId));
    states.push(next);
  }
  const run = await runWorkerUntilKilled(c.worker, c.file, join(c.dir, 'ws-worker'), batch, killAfter, Math.floor(rng() * 3));
  if (run.failures.length > 0) throw new Error(`the engine refused a valid command: ${run.failures[0]}`);
  const acked = run.acked.length;
  if (run.acked.some((index, i) => index !== i)) throw new Error(`acknowledgements out of order: ${run.acked.join(',')}`);
  const found = canonical(reopenAndRead(c.engine, c.file, c.ballotId));
  report.kills += run.killed ? 1 : 0;
  report.commands += batch.length;
  report.acknowledged += acked;
  for (const command of batch.slice(0, acked)) report.byKind[command.kind] = (report.byKind[command.kind] ?? 0) + 1;
  if (found === canonical(states[acked]!)) {
    report.found += acked;
    return states[acked]!;
  }
  if (acked < batch.length && found === canonical(states[acked + 1]!)) {
    report.found += acked;
    report.inFlightCommitted++;
    return states[acked + 1]!;
  }
  report.lost++;
  throw new Error(
    `after kill ${report.kills}: the file matches neither the ${acked} acknowledged commands nor those plus the one in flight ` +
      `(${batch[acked]?.channel ?? 'none'}).\nexpected ${canonical(states[acked]!).slice(0, 400)}\nfound    ${found.slice(0, 400)}`,
  );
}

export async function crashCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const { dir, kills, seed, maxRun = 80, log = () => {} } = options;
  const file = join(dir, 'crash.congress');
  const engine = new Engine({ workspaceDir: join(dir, 'ws'), now: steppingClock(), rememberRecent: false, backups: { enabled: false } });
  const [worker, { roster, ballotId }] = await Promise.all([bundleEngineWorker(), prepare(engine, file, options.delegates ?? 1200)]);
  const report: CampaignReport = { kills: 0, commands: 0, acknowledged: 0, found: 0, lost: 0, inFlightCommitted: 0, byKind: {} };
  const campaign: Campaign = { rng: random(seed), worker, file, dir, engine, roster, ballotId, maxRun, report };
  let model: Model = { ...reopenAndRead(engine, file, ballotId), nextPaper: 1, edits: 0 };
  try {
    while (report.kills < kills) {
      const before = report.inFlightCommitted;
      const acked = report.acknowledged;
      model = await killOnce(campaign, model);
      log(
        `kill ${report.kills}: ${report.acknowledged - acked} acknowledged, all found${report.inFlightCommitted > before ? ' (+1 committed in flight)' : ''}`,
      );
    }
  } finally {
    rmSync(worker, { force: true });
  }
  return report;
}
