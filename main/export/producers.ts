/** Each kind of document: read (one read transaction), then render to bytes. */
import type { ExportFormat, ExportKind } from '../../shared/contract/export-schemas';
import { AppError } from '../../shared/contract/result';
import type { CongressContext } from '../services/context';
import type { AdminDocument } from './document/model';
import { type AuditAnchor, auditAnchor } from '../db/audit';
import { renderDocx } from './document/render-docx';
import { renderPdf } from './document/render-pdf';
import { entryLogDocument } from './entry-log';
import type { ExportRequest, Produced, Producer, Progress } from './export-types';
import { ballotWords, minutesDocument } from './minutes';
import { electedDocument } from './elected-list';
import { defaultExportDir, fileSlug } from './output';
import { attendanceDocument, attendanceTable, credentialsDocument, type SessionData } from './reports';
import { attendanceSummary, resolveSession } from '../services/checkin-service';
import { getSession } from '../db/congress';
import { listAttendance } from '../db/attendance';
import { listVotes } from '../db/votes';
import { votesDocument, votesTable } from './vote-results';
import { type BallotRecord, ballotRecord, COUNTED, documentMeta, type Letterhead, letterheadData, readConsistent } from './sources';
import { tallyCsv, tallyWorkbook } from './tally-sheets';
import { listBallots } from '../db/ballots';
// The same log as the operator's printable sheet and `ballot log`: paper, screen and file never disagree.
import { entryLog as readEntryLog } from '../services/entry-log-service';
import { paperOrigins } from '../db/paper-origin';
import { loadBallot } from '../services/ballot-guards';
import { ballotPapersPdf } from './ballot-papers';
import { paperIdentity } from '../services/paper-identity';
import { dirname, extname } from 'node:path';
import { recordPrinted, withoutCard } from './card-record';
import { delegateCardsPdf } from './delegate-cards';
import { type SheetTable, tableCsv, tableWorkbook } from './delegate-lists';
import { type Template, loadTemplate } from './templates';

/** Lets the event loop turn, so progress events reach the windows during a long export. */
const breathe = (): Promise<void> => new Promise((r) => setImmediate(r));

function requireBallot(request: ExportRequest): number {
  if (request.ballotId === undefined) {
    throw AppError.of('INVALID_INPUT', 'export.chooseBallot');
  }
  return request.ballotId;
}

/** Renders to PDF or .docx; long PDF tables report their rows as they go. */
async function renderAdmin(doc: AdminDocument, format: ExportFormat, progress: Progress = () => {}): Promise<Buffer> {
  if (format !== 'pdf') return renderDocx(doc);
  return renderPdf(doc, async (done, total) => {
    progress(done, total, `${doc.meta.title}: ${done}/${total} dòng`);
    await breathe();
  });
}

/**
 * A document about one ballot (minutes, entry log): read in one snapshot, then rendered. `counted`:
 * refused until the count has ended.
 */
function ballotDocument(
  template: string,
  counted: boolean,
  label: string,
  filePrefix: string,
  build: (
    ctx: CongressContext,
    l: Letterhead,
    record: BallotRecord,
    t: Template,
    meta: AdminDocument['meta'],
    anchor: AuditAnchor,
  ) => AdminDocument,
): Producer {
  return async (ctx, request, progress) => {
    const id = requireBallot(request);
    const { doc, title } = readConsistent(ctx, () => {
      const l = letterheadData(ctx);
      const record = ballotRecord(ctx, id, counted);
      const t = loadTemplate(template, l.documents.templateDir);
      const meta = documentMeta(ctx, l.congress, `${t('title')} — ${record.ballot.title}`, record.ballot.title);
      // read in the same snapshot as the figures: the printed head is the history they come from
      return { doc: build(ctx, l, record, t, meta, auditAnchor(ctx.db)), title: record.ballot.title };
    });
    progress(0, 1, label);
    await breathe();
    return [{ name: `${filePrefix}-${id}-${fileSlug(title)}.${request.format}`, data: await renderAdmin(doc, request.format, progress) }];
  };
}

const minutes = ballotDocument(
  'minutes',
  true,
  'Đang dựng biên bản kiểm phiếu',
  'Bien-ban-kiem-phieu',
  (_ctx, l, record, t, meta, anchor) => minutesDocument(l, record, t, meta, anchor),
);

const entryLog = ballotDocument(
  'entry-log',
  false,
  'Đang dựng nhật ký nhập phiếu',
  'Nhat-ky-nhap-phieu',
  (ctx, l, record, t, meta, anchor) =>
    entryLogDocument(l, record, readEntryLog(ctx, record.ballot.id), paperOrigins(ctx.db, record.ballot.id), t, meta, anchor),
);

/** The ballots asked for (one, or all), each with its tally, read in one snapshot. */
function ballotRecords(ctx: CongressContext, request: ExportRequest): BallotRecord[] {
  const ids = request.ballotId !== undefined ? [request.ballotId] : listBallots(ctx.db).map((b) => b.id);
  return ids.map((id) => ballotRecord(ctx, id, false));
}

const tallies: Producer = async (ctx, request, progress) => {
  const { records, meta } = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    return { records: ballotRecords(ctx, request), meta: documentMeta(ctx, l.congress, 'Kết quả kiểm phiếu', 'Kết quả kiểm phiếu') };
  });
  if (records.length === 0) throw AppError.of('EXPORT_NOT_READY', 'export.noBallot');
  const name = request.ballotId !== undefined ? `Ket-qua-kiem-phieu-${request.ballotId}` : 'Ket-qua-kiem-phieu';
  if (request.format === 'csv') return [{ name: `${name}.csv`, data: tallyCsv(records) }];
  const data = await tallyWorkbook(records, meta, async (done) => {
    progress(done, records.length, `Bảng kết quả: ${done}/${records.length} cuộc bầu`);
    await breathe();
  });
  return [{ name: `${name}.xlsx`, data }];
};

const ballotPapers: Producer = async (ctx, request, progress) => {
  const id = requireBallot(request);
  const input = readConsistent(ctx, () => {
    const letterhead = letterheadData(ctx);
    const ballot = loadBallot(ctx, id);
    const t = loadTemplate('ballot-paper', letterhead.documents.templateDir);
    const meta = documentMeta(ctx, letterhead.congress, `Phiếu — ${ballot.title}`, ballot.title);
    return { ballot, letterhead, t, meta, identity: paperIdentity(ctx, ballot) };
  });
  if (input.ballot.candidates.length === 0) {
    throw AppError.of('EXPORT_NOT_READY', 'export.noCandidates', { title: input.ballot.title });
  }
  progress(0, 1, 'Đang dựng phiếu');
  await breathe();
  const { data, perPage, reason } = await ballotPapersPdf(input, request.perPage ?? 1);
  // what was printed, said by key: fewer per page than asked when the list is too long for the slot
  const note = { key: reason === 'long' ? 'export.papers.perPageLong' : 'export.papers.perPage', params: { perPage } };
  return [{ name: `Phieu-${id}-${fileSlug(input.ballot.title)}.pdf`, data, note }];
};

const STATUS_VI = { official: 'Chính thức', alternate: 'Dự khuyết', guest: 'Khách mời' } as const;

/** The folder the cards go to: where their printed-record lives. */
function cardsDir(ctx: CongressContext, request: ExportRequest): string {
  if (request.out && extname(request.out).toLowerCase() === '.pdf') return dirname(request.out);
  return request.out ?? defaultExportDir(ctx);
}

const cards: Producer = async (ctx, request, progress) => {
  const dir = cardsDir(ctx, request);
  const { delegates, t, meta, name } = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    return {
      delegates: ctx.delegates(),
      t: loadTemplate('delegate-card', l.documents.templateDir),
      meta: documentMeta(ctx, l.congress, 'Thẻ đại biểu', l.congress.name),
      name: l.congress.name,
    };
  });
  const chosen = request.missingOnly ? withoutCard(delegates, dir) : delegates;
  if (chosen.length === 0) {
    throw AppError.of('EXPORT_NOT_READY', request.missingOnly ? 'export.allHaveCards' : 'export.noDelegates');
  }
  const data = await delegateCardsPdf(chosen, name, t, meta, async (page, pages) => {
    progress(page, pages, `Thẻ đại biểu: trang ${page}/${pages}`);
    await breathe();
  });
  return [
    {
      name: request.missingOnly ? 'The-dai-bieu-bo-sung.pdf' : 'The-dai-bieu.pdf',
      data,
      after: () => recordPrinted(dir, chosen, meta.createdAt),
    },
  ];
};

const cardsMissing: Producer = async (ctx, request) => {
  const dir = cardsDir(ctx, request);
  const { delegates, meta } = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    return { delegates: ctx.delegates(), meta: documentMeta(ctx, l.congress, 'Đại biểu chưa có thẻ', l.congress.name) };
  });
  const table: SheetTable = {
    title: 'Đại biểu chưa có thẻ',
    headers: ['STT', 'Mã', 'Họ và tên', 'Tổ/Đoàn', 'Loại đại biểu'],
    rows: withoutCard(delegates, dir).map((d, i) => [i + 1, d.code, d.fullName, d.group ?? '', STATUS_VI[d.status]]),
  };
  const data = request.format === 'csv' ? tableCsv(table) : await tableWorkbook([table], meta);
  return [{ name: `Dai-bieu-chua-co-the.${request.format}`, data }];
};

/** The session asked for (else the current one), its records and summary, in one snapshot. */
function sessionData(ctx: CongressContext, request: ExportRequest): SessionData {
  const id = resolveSession(ctx, request.sessionId);
  return {
    session: getSession(ctx.db, id)!,
    records: listAttendance(ctx.db, id),
    summary: attendanceSummary(ctx, id),
    delegates: ctx.delegates(),
  };
}

const credentialsReport: Producer = async (ctx, request, progress) => {
  const doc = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    const t = loadTemplate('credentials', l.documents.templateDir);
    return credentialsDocument(
      l,
      sessionData(ctx, request),
      t,
      documentMeta(ctx, l.congress, `${t('title')} ${t('subtitle')}`, l.congress.name),
    );
  });
  progress(0, 1, 'Đang dựng báo cáo thẩm tra tư cách đại biểu');
  await breathe();
  return [{ name: `Bao-cao-tham-tra-tu-cach-dai-bieu.${request.format}`, data: await renderAdmin(doc, request.format, progress) }];
};

const attendance: Producer = async (ctx, request, progress) => {
  const { l, data, t, meta } = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    const t = loadTemplate('attendance', l.documents.templateDir);
    const data = sessionData(ctx, request);
    return { l, data, t, meta: documentMeta(ctx, l.congress, `${t('title')} — ${data.session.title}`, l.congress.name) };
  });
  progress(0, 1, 'Đang dựng danh sách điểm danh');
  await breathe();
  const name = `Diem-danh-${data.session.id}-${fileSlug(data.session.title)}.${request.format}`;
  if (request.format === 'xlsx') return [{ name, data: await tableWorkbook([attendanceTable(data, t)], meta) }];
  return [{ name, data: await renderAdmin(attendanceDocument(l, data, t, meta), request.format, progress) }];
};

const voteResults: Producer = async (ctx, request, progress) => {
  const { l, rows, t, meta } = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    const t = loadTemplate('votes', l.documents.templateDir);
    return { l, rows: listVotes(ctx.db), t, meta: documentMeta(ctx, l.congress, t('title'), l.congress.name) };
  });
  if (rows.length === 0) throw AppError.of('EXPORT_NOT_READY', 'export.noVotes');
  progress(0, 1, 'Đang dựng kết quả biểu quyết');
  await breathe();
  const name = `Ket-qua-bieu-quyet.${request.format}`;
  if (request.format === 'xlsx') return [{ name, data: await tableWorkbook([votesTable(rows, t)], meta) }];
  return [{ name, data: await renderAdmin(votesDocument(l, rows, t, meta), request.format, progress) }];
};

/**
 * The list of the elected of every counted ballot. Made for the archive (archive.ts); not yet a kind of
 * its own in the export panel (shared/contract/export-schemas.ts, EXPORT_KINDS).
 */
export async function electedList(ctx: CongressContext, format: ExportFormat, progress: Progress = () => {}): Promise<Produced[]> {
  const doc = readConsistent(ctx, () => {
    const l = letterheadData(ctx);
    const counted = listBallots(ctx.db).filter((b) => COUNTED.has(b.state));
    const t = loadTemplate('elected', l.documents.templateDir);
    const words = loadTemplate('minutes', l.documents.templateDir);
    const records = counted.map((b) => ballotRecord(ctx, b.id, true));
    const meta = documentMeta(ctx, l.congress, t('title', ballotWordsOf(records, words)), l.congress.name);
    return electedDocument(l, records, t, words, meta);
  });
  progress(0, 1, 'Đang dựng danh sách người trúng cử');
  await breathe();
  return [{ name: `Danh-sach-trung-cu.${format}`, data: await renderAdmin(doc, format, progress) }];
}

/** {ELECTED} of the title, for the document's properties. */
function ballotWordsOf(records: BallotRecord[], words: Template): { ELECTED: string } {
  return { ELECTED: [...new Set(records.map((r) => ballotWords(words, r.ballot.preset).ELECTED))].join(', ') };
}

export const PRODUCERS: Record<Exclude<ExportKind, 'archive'>, Producer> = {
  minutes,
  entry_log: entryLog,
  tally: tallies,
  ballot_papers: ballotPapers,
  cards,
  cards_missing: cardsMissing,
  credentials: credentialsReport,
  attendance,
  votes: voteResults,
};
