/**
 * `congress show|set`: the congress's details (name, term, venue, dates, organiser, quorum) and the
 * documents' letterhead and signers (the document settings of the export panel), so a congress can
 * be prepared and its documents made from a script. Both go through the contract: `congress:update`
 * and `exports:saveSettings`, each checked by its schema before either is written.
 */
import { existsSync, statSync } from 'node:fs';
import { commands } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import { inputIssues } from '../../shared/i18n/zod-issues';
import { QUORUM_RULES } from '../../shared/domain/attendance';
import type { Engine } from '../engine/engine';
import { type Out, type Parsed, choiceOption, refusal } from './args';
import { type CommandSpec, JSON_OPTION, type OptionHelp } from './command-spec';
import { usageError } from './exit-codes';

type Values = Parsed['values'];

interface Field extends OptionHelp {
  /** Where it is kept: the congress settings or the document settings. */
  target: 'congress' | 'documents';
  key: string;
  kind: 'text' | 'date' | 'quorum' | 'list' | 'folder';
}

const CLI_QUORUM = QUORUM_RULES.map((r) => r.replace(/_/g, '-'));

const FIELDS: readonly Field[] = [
  { flag: 'name', value: '"…"', target: 'congress', key: 'name', kind: 'text', vi: 'tên đại hội', en: "the congress's name" },
  { flag: 'term', value: '"…"', target: 'congress', key: 'term', kind: 'text', vi: 'nhiệm kỳ: "2024–2029"', en: 'the term: "2024–2029"' },
  {
    flag: 'level',
    value: '"…"',
    target: 'congress',
    key: 'level',
    kind: 'text',
    vi: 'cấp: "phường", "tỉnh"…',
    en: 'the level: "ward", "province"…',
  },
  {
    flag: 'venue',
    value: '"…"',
    target: 'congress',
    key: 'venue',
    kind: 'text',
    vi: 'địa điểm (in trong biên bản)',
    en: 'the venue (in the minutes)',
  },
  {
    flag: 'date',
    value: '<ngày>',
    target: 'congress',
    key: 'startDate',
    kind: 'date',
    vi: 'ngày khai mạc: 20/03/2026 hoặc 2026-03-20',
    en: 'the opening day: 20/03/2026 or 2026-03-20',
  },
  { flag: 'end-date', value: '<ngày>', target: 'congress', key: 'endDate', kind: 'date', vi: 'ngày bế mạc', en: 'the closing day' },
  { flag: 'theme', value: '"…"', target: 'congress', key: 'theme', kind: 'text', vi: 'chủ đề đại hội', en: "the congress's theme" },
  { flag: 'organiser', value: '"…"', target: 'congress', key: 'organiser', kind: 'text', vi: 'cơ quan tổ chức', en: 'the organising body' },
  {
    flag: 'quorum',
    value: CLI_QUORUM.join('|'),
    target: 'congress',
    key: 'quorumRule',
    kind: 'quorum',
    vi: 'điều kiện đủ số lượng đại biểu',
    en: 'the quorum rule',
  },
  {
    flag: 'parent-organisation',
    value: '"…"',
    target: 'documents',
    key: 'parentOrganisation',
    kind: 'text',
    vi: 'cơ quan chủ quản, dòng đầu góc trái văn bản',
    en: 'the parent body, first line top-left',
  },
  {
    flag: 'organisation',
    value: '"…"',
    target: 'documents',
    key: 'organisation',
    kind: 'text',
    vi: 'cơ quan ban hành văn bản: "BAN TỔ CHỨC ĐẠI HỘI"',
    en: 'the issuing body: "BAN TỔ CHỨC ĐẠI HỘI"',
  },
  {
    flag: 'place',
    value: '"…"',
    target: 'documents',
    key: 'place',
    kind: 'text',
    vi: 'địa danh trên dòng ngày tháng: "Hà Nội"',
    en: 'the place on the date line: "Hà Nội"',
  },
  {
    flag: 'presidium-signer',
    value: '"…"',
    target: 'documents',
    key: 'presidiumSigner',
    kind: 'text',
    vi: 'người ký thay mặt Đoàn Chủ tịch',
    en: 'signs for the presidium',
  },
  {
    flag: 'counting-chair',
    value: '"…"',
    target: 'documents',
    key: 'countingBoardChair',
    kind: 'text',
    vi: 'Trưởng Ban kiểm phiếu',
    en: 'the counting board chair',
  },
  {
    flag: 'counting-member',
    value: '"…"',
    target: 'documents',
    key: 'countingBoardMembers',
    kind: 'list',
    vi: 'ủy viên Ban kiểm phiếu; lặp lại cho mỗi người, thay cả danh sách ("" để xóa)',
    en: 'a counting board member; repeat per person, replaces the list ("" clears it)',
  },
  {
    flag: 'credentials-chair',
    value: '"…"',
    target: 'documents',
    key: 'credentialsBoardChair',
    kind: 'text',
    vi: 'Trưởng Ban thẩm tra tư cách đại biểu',
    en: 'the credentials board chair',
  },
  {
    flag: 'secretary',
    value: '"…"',
    target: 'documents',
    key: 'secretarySigner',
    kind: 'text',
    vi: 'thư ký đại hội (ký biên bản)',
    en: 'the secretary (signs the minutes)',
  },
  {
    flag: 'template-dir',
    value: '<thư-mục>',
    target: 'documents',
    key: 'templateDir',
    kind: 'folder',
    path: true,
    vi: 'thư mục mẫu văn bản riêng ("" để dùng mẫu có sẵn)',
    en: 'a folder of your own document templates ("" for the bundled ones)',
  },
];

export const CONGRESS_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'congress show',
    usage: '<tệp> [--json]',
    vi: 'Thông tin đại hội (tên, nhiệm kỳ, địa điểm, ngày…) và thông tin in trên tài liệu (cơ quan, người ký, Ban kiểm phiếu).',
    en: "The congress's details and what its documents print (issuing body, signers, counting board).",
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
  {
    name: 'congress set',
    usage: '<tệp> [--venue "…"] [--date 20/03/2026] [--place "…"] [--counting-chair "…"] … [--json]',
    vi: 'Ghi thông tin đại hội và thông tin in trên tài liệu; chỉ các mục được nêu thay đổi. Sai một mục thì không ghi gì.',
    en: 'Sets the congress details and the document settings; only the options given change. One bad value and nothing is written.',
    needs: 1,
    paths: ['congress'],
    options: [...FIELDS, JSON_OPTION],
    notes: [
      'Ví dụ / example: npm run cli -- congress set phuong --venue "Hội trường UBND phường" --date 20/03/2026 \\',
      '    --place "Hà Nội" --counting-chair "Nguyễn Văn A" --counting-member "Trần Thị B" --counting-member "Lê Văn C"',
    ],
  },
];

/** A day as people type it (dd/mm/yyyy) or as ISO; a congress may be prepared months ahead. */
function parseDay(text: string, flag: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  if (/^\d{4}$/.test(s)) return s;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [d, m, y] = (dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : []).map(Number);
  const real = d && m && y && m <= 12 && y >= 1900 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (!real)
    throw usageError(
      `--${flag}: «${text}» không phải một ngày (dùng 20/03/2026 hoặc 2026-03-20).`,
      `--${flag}: "${text}" is not a date (use 20/03/2026 or 2026-03-20).`,
      'congress set',
    );
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function patches(values: Values): { congress: Record<string, unknown>; documents: Record<string, unknown>; labels: string[] } {
  const congress: Record<string, unknown> = {};
  const documents: Record<string, unknown> = {};
  const labels: string[] = [];
  for (const f of FIELDS) {
    const raw = values[f.flag];
    if (raw === undefined) continue;
    const flag = String(f.flag);
    let value: unknown;
    if (f.kind === 'date') value = parseDay(String(raw), flag);
    else if (f.kind === 'quorum') value = choiceOption(values, f.flag, CLI_QUORUM)!.replace(/-/g, '_');
    else if (f.kind === 'list') value = (raw as string[]).map((n) => n.trim()).filter(Boolean);
    else if (f.kind === 'folder') value = folderOrNull(String(raw));
    else value = String(raw).trim();
    (f.target === 'congress' ? congress : documents)[f.key] = value;
    labels.push(f.vi.split(/[,:(;]/)[0]!.trim());
  }
  return { congress, documents, labels };
}

function folderOrNull(path: string): string | null {
  if (path === '') return null;
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw AppError.of('FILE_NOT_FOUND', 'cli.noTemplateDir', { path });
  }
  return path;
}

/** Both patches checked against their contract schemas before either is sent: all or nothing. */
function check(channel: 'congress:update' | 'exports:saveSettings', patch: Record<string, unknown>): void {
  const parsed = commands[channel].input.safeParse(patch);
  if (!parsed.success) {
    // each issue named by the option the user typed, worded in --lang by the refusal (shared/i18n/messages.ts)
    const issues = inputIssues(parsed.error).map((i) => {
      const flag = FIELDS.find((f) => f.key === String(i.path[0]))?.flag ?? String(i.path[0]);
      return { ...i, path: [`--${flag}`] };
    });
    throw AppError.of('INVALID_INPUT', 'cli.invalidValue', {}, { issues });
  }
}

async function show(engine: Engine, values: Values, out: Out): Promise<void> {
  const info = (await engine.call('app:state', {})).congress!;
  const documents = await engine.call('exports:settings', {});
  if (values.json) {
    out(JSON.stringify({ path: info.path, congress: info.settings, sessions: info.sessions, documents }));
    return;
  }
  const stored: Record<string, unknown> = { ...info.settings, ...documents };
  for (const f of FIELDS) {
    const v = stored[f.key];
    const text = Array.isArray(v)
      ? v.join('; ')
      : v === null || v === ''
        ? '—'
        : f.kind === 'quorum'
          ? String(v).replace(/_/g, '-')
          : String(v);
    out(
      `${f.vi
        .split(/[,:(;]/)[0]!
        .trim()
        .padEnd(36)} ${text}`,
    );
  }
  for (const s of info.sessions)
    out(`Phiên ${s.id}: ${s.title}${s.date ? ` (${s.date})` : ''}${s.id === info.currentSessionId ? ' ◀ hiện tại' : ''}`);
}

export async function congressCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const [sub, file] = args;
  try {
    if (sub === 'set') {
      const { congress, documents, labels } = patches(values);
      if (labels.length === 0) throw usageError('Chưa nêu mục nào để ghi.', 'No setting given.', 'congress set');
      check('congress:update', congress);
      check('exports:saveSettings', documents);
      engine.open(file!);
      if (Object.keys(congress).length > 0) await engine.call('congress:update', congress);
      if (Object.keys(documents).length > 0) await engine.call('exports:saveSettings', documents);
      if (!values.json) out(`Đã ghi / saved: ${labels.join(', ')}`);
    } else {
      engine.open(file!);
    }
    await show(engine, values, out);
    return 0;
  } catch (error) {
    return refusal(error, values, out);
  }
}
