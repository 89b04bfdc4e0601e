import { verifyAuditChain } from '../../../../main/db/audit';
import { Engine } from '../../../../main/engine/engine';
import type { DeviceAnswer } from './retrying-device';

/** What the devices sent and were answered, as they saw it. */
export interface CampaignLedger {
  scans: { desk: number; code: string; requestId: string; answer: DeviceAnswer }[];
  papers: { pass: number; paper: number; numbers: number[]; requestId: string; answer: DeviceAnswer }[];
}

export interface CampaignFindings {
  /** Acknowledged commands (done now, or ALREADY_DONE for a retry after a restart) missing from the file. */
  lost: string[];
  /** A check-in, paper or request row present more than once. */
  duplicated: string[];
  /** In the file but never sent, or not what was sent. */
  unexpected: string[];
  /** Scans of a delegate already in, each answered ALREADY_CHECKED_IN to its desk. */
  repeatsReported: number;
  /** Repeats the desks made: scans beyond the first of each delegate. */
  repeatsMade: number;
  /** Answers that were neither done nor a reported repeat (should be none). */
  otherAnswers: string[];
  /** Retries after a restart that the file recognised (ALREADY_DONE). */
  alreadyDone: number;
  /** Check-in anomalies in the file: one per repeat at a desk other than the one whose check-in counts. */
  anomalies: number;
}

/** Committed by the engine: answered now, or recognised by the file after a restart (docs/command-path.md step 6). */
const acknowledged = (a: DeviceAnswer) => a.ok || a.error?.code === 'ALREADY_DONE';

/**
 * Opens the congress file as the app would after the last kill and compares it with what the
 * devices were told: every acknowledged check-in and paper there exactly once, nothing there that
 * was not sent, every repeat of a delegate reported to its desk, the file intact.
 */
export function checkCampaign(
  file: string,
  workspaceDir: string,
  ballotId: number,
  ledger: CampaignLedger,
  papers: number,
): CampaignFindings {
  const engine = new Engine({ workspaceDir, rememberRecent: false, backups: { enabled: false } });
  engine.open(file);
  try {
    const { db } = engine.context();
    const findings: CampaignFindings = {
      lost: [],
      duplicated: [],
      unexpected: [],
      repeatsReported: 0,
      repeatsMade: 0,
      otherAnswers: [],
      alreadyDone: 0,
      anomalies: 0,
    };
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') findings.unexpected.push(`integrity_check: ${String(integrity)}`);
    const chain = verifyAuditChain(db);
    if (chain.broken.length > 0) findings.unexpected.push(`audit chain broken at ${chain.broken.join(', ')}`);

    const rows = db.prepare('SELECT request_id AS id, count(*) AS n FROM command_requests GROUP BY request_id').all() as {
      id: string;
      n: number;
    }[];
    const inFile = new Map(rows.map((r) => [r.id, r.n]));
    const sentIds = new Set<string>();
    const expectRow = (requestId: string, what: string) => {
      sentIds.add(requestId);
      const n = inFile.get(requestId) ?? 0;
      if (n === 0) findings.lost.push(what);
      if (n > 1) findings.duplicated.push(what);
    };

    // Check-ins: one success per delegate, every other scan of it a reported repeat.
    const seen = new Set<string>();
    const succeeded = new Map<string, number>();
    for (const s of ledger.scans) {
      if (seen.has(s.code)) findings.repeatsMade++;
      seen.add(s.code);
      if (s.answer.error?.code === 'ALREADY_DONE') findings.alreadyDone++;
      if (acknowledged(s.answer)) {
        succeeded.set(s.code, (succeeded.get(s.code) ?? 0) + 1);
        expectRow(s.requestId, `check-in ${s.code} at desk ${s.desk}`);
      } else if (s.answer.error?.code === 'ALREADY_CHECKED_IN') findings.repeatsReported++;
      else findings.otherAnswers.push(`check-in ${s.code}: ${JSON.stringify(s.answer.error)}`);
    }
    for (const [code, n] of succeeded) if (n > 1) findings.duplicated.push(`check-in ${code} acknowledged ${n} times`);
    const present = db
      .prepare(
        "SELECT d.code, count(*) AS n FROM attendance a JOIN delegates d ON d.id = a.delegate_id WHERE a.state = 'present' GROUP BY d.code",
      )
      .all() as { code: string; n: number }[];
    for (const p of present) {
      if (!seen.has(p.code)) findings.unexpected.push(`check-in ${p.code} never sent`);
      if (p.n > 1) findings.duplicated.push(`attendance ${p.code} × ${p.n}`);
    }
    const presentCodes = new Set(present.map((p) => p.code));
    for (const code of succeeded.keys()) if (!presentCodes.has(code)) findings.lost.push(`check-in ${code} not present`);
    const audited = db.prepare("SELECT count(*) FROM audit WHERE action LIKE 'checkin.%'").pluck().get() as number;
    if (audited !== succeeded.size) findings.duplicated.push(`${audited} check-in audit entries for ${succeeded.size} delegates`);

    // Anomalies: every repeat at another desk than the one counted kept once, under its own request id.
    const countedAt = new Map(ledger.scans.filter((s) => acknowledged(s.answer)).map((s) => [s.code, s.desk]));
    const elsewhere = ledger.scans.filter((s) => s.answer.error?.code === 'ALREADY_CHECKED_IN' && countedAt.get(s.code) !== s.desk);
    const anomalyRows = db.prepare('SELECT request_id AS id, count(*) AS n FROM checkin_anomalies GROUP BY request_id').all() as {
      id: string | null;
      n: number;
    }[];
    const kept = new Map(anomalyRows.map((r) => [r.id, r.n]));
    findings.anomalies = anomalyRows.reduce((sum, r) => sum + r.n, 0);
    for (const s of elsewhere) if (!kept.has(s.requestId)) findings.lost.push(`anomaly of ${s.code} at desk ${s.desk}`);
    const expectedIds = new Set(elsewhere.map((s) => s.requestId));
    for (const [id, n] of kept) {
      if (id === null || !expectedIds.has(id)) findings.unexpected.push(`anomaly ${String(id)} of no repeat at another desk`);
      if (n > 1) findings.duplicated.push(`anomaly ${String(id)} × ${n}`);
    }

    // Papers: each acknowledged one in its pass, with the marks sent, once.
    const entries = db.prepare('SELECT pass, paper, struck FROM paper_entries WHERE ballot_id = ? AND voided_at IS NULL').all(ballotId) as {
      pass: number;
      paper: number;
      struck: string;
    }[];
    const stored = new Map(entries.map((e) => [`${e.pass}:${e.paper}`, e.struck]));
    const sentPapers = new Set<string>();
    for (const p of ledger.papers) {
      const key = `${p.pass}:${p.paper}`;
      sentPapers.add(key);
      if (p.answer.error?.code === 'ALREADY_DONE') findings.alreadyDone++;
      if (!acknowledged(p.answer)) {
        findings.otherAnswers.push(`paper ${key}: ${JSON.stringify(p.answer.error)}`);
        continue;
      }
      expectRow(p.requestId, `paper ${key}`);
      const struck = stored.get(key);
      if (struck === undefined) findings.lost.push(`paper ${key} not in the file`);
      else if (struck !== p.numbers.join(' ')) findings.unexpected.push(`paper ${key}: «${struck}», sent «${p.numbers.join(' ')}»`);
    }
    for (const key of stored.keys()) if (!sentPapers.has(key)) findings.unexpected.push(`paper ${key} never sent`);
    if (entries.length !== 3 * papers) findings.unexpected.push(`${entries.length} papers in the file, ${3 * papers} sent`);

    // No request row the devices did not send (the operator's own rows have no device).
    for (const id of inFile.keys()) {
      const row = db.prepare('SELECT role, channel FROM command_requests WHERE request_id = ?').get(id) as {
        role: string;
        channel: string;
      };
      if (row.role !== 'operator' && !sentIds.has(id)) findings.unexpected.push(`request ${id} (${row.channel}) never acknowledged`);
    }
    return findings;
  } finally {
    engine.close();
  }
}
