/**
 * Replays the rows listed by the audit entries and compares them with the data tables: what was
 * written without the app (a database tool, a script) is a row whose hash the audit does not hold.
 */
import { type AuditRow, BASELINE_ACTION, type ChainLink, walkAudit } from './audit';
import { type RowChange, dataTables, rowId, snapshotRows } from './change-capture';
import type { DB } from './db';

export type DifferenceKind = 'changed' | 'missing' | 'extra';

export interface Difference {
  table: string;
  key: unknown[];
  /** changed: not as the audit last left it; missing: deleted; extra: added (or re-added) outside the app. */
  kind: DifferenceKind;
}

/** What a baseline entry found when it was written: data already differing from the audit then. */
export interface BaselineFinding {
  entry: number;
  at: string;
  total: number;
  differences: Difference[];
}

/** How much of the differences a baseline entry keeps (the total is always kept). */
const KEPT_IN_BASELINE = 200;

function parseChanges(row: AuditRow): RowChange[] {
  try {
    const list = JSON.parse(row.changes ?? '[]') as unknown;
    return Array.isArray(list) ? (list as RowChange[]) : [];
  } catch {
    return []; // a row whose text does not parse fails its hash as well, unless it was forged with it
  }
}

function parseFinding(link: ChainLink): BaselineFinding | null {
  try {
    const after = JSON.parse(link.row.after ?? 'null') as { differencesFound?: number; differences?: Difference[] } | null;
    if (!after?.differencesFound) return null;
    return { entry: link.entry, at: link.row.at, total: after.differencesFound, differences: after.differences ?? [] };
  } catch {
    return null;
  }
}

/** The rows as the audit last left them, built entry by entry during the chain walk. */
export class AuditReplay {
  private readonly expected = new Map<string, RowChange>();
  private sawOldRule = false;
  private entries = 0;
  /** The entry from which the audit follows every row: the first of a file born covered, or a baseline. */
  coveredFrom: number | null = null;
  readonly findings: BaselineFinding[] = [];

  visit = (link: ChainLink): void => {
    this.entries = link.entry;
    const { row } = link;
    if ((row.rule ?? 1) < 2) {
      this.sawOldRule = true;
      return;
    }
    if (row.action === BASELINE_ACTION) {
      this.expected.clear();
      this.coveredFrom ??= link.entry;
      const finding = parseFinding(link);
      if (finding) this.findings.push(finding);
    } else if (this.coveredFrom === null && !this.sawOldRule) {
      this.coveredFrom = link.entry;
    }
    if (this.coveredFrom === null) return;
    for (const c of parseChanges(row)) this.expected.set(rowId(c[0], c[1]), c);
  };

  /** An empty audit covers an empty congress: any row there was written without it. */
  get covered(): boolean {
    return this.coveredFrom !== null || this.entries === 0;
  }

  /** The rows that differ from what the audit says, in table order. */
  compare(db: DB): Difference[] {
    const differences: Difference[] = [];
    const seen = new Set<string>();
    for (const [table, key, hash] of snapshotRows(db, dataTables(db))) {
      const id = rowId(table, key);
      seen.add(id);
      const said = this.expected.get(id);
      if (!said || said[2] === null) differences.push({ table, key, kind: 'extra' });
      else if (said[2] !== hash) differences.push({ table, key, kind: 'changed' });
    }
    for (const [id, [table, key, hash]] of this.expected)
      if (hash !== null && !seen.has(id)) differences.push({ table, key, kind: 'missing' });
    return differences;
  }
}

/**
 * Before a migration re-baselines a covered file: what already differs, kept in the baseline entry so
 * the migration never launders an edit made outside the app (verify reports it from that entry on).
 */
export function differencesBeforeBaseline(db: DB): { differencesFound: number; differences: Difference[] } | null {
  const replay = new AuditReplay();
  walkAudit(db, replay.visit);
  if (!replay.covered) return null;
  const differences = replay.compare(db);
  return { differencesFound: differences.length, differences: differences.slice(0, KEPT_IN_BASELINE) };
}
