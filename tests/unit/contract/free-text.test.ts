/**
 * Free text through the real contract: bidi overrides and isolates, directional marks, zero-width
 * and control characters are removed from every field a person types, the same way for all of them
 * (shared/contract/text-schemas.ts); Vietnamese text comes through as typed (NFC).
 */
import type { z } from 'zod';
import { type CommandName, commands } from '../../../shared/contract/channels';
import { normalizeMultilineText, normalizeText } from '../../../shared/domain/vietnamese-text';

/** Every invisible and control character the cleaning must remove, spread through a Vietnamese title. */
const HOSTILE =
  '\u202EBầu\u2066 Ban\u2067 Chấp\u2068 hành\u2069 \u200Ekhóa\u200F \u202A\u202B\u202C\u202D\u061C\u200B\u200C\u200D\u2060\uFEFFmới' +
  '\u0000\u0001\u0007\u0008\u001B\u001F\u007F\u0080\u0085\u009B\u009F';
const CLEAN = 'Bầu Ban Chấp hành khóa mới';
/** Every tone mark and the letters of Vietnamese, punctuation a title may carry. */
const VIETNAMESE = 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà — “Đoàn kết – Dân chủ – Đổi mới”: ắ ằ ẳ ẵ ặ ơ ư ỹ Ỵ (khóa I)';

const input = (name: CommandName, value: unknown) => {
  const r = commands[name].input.safeParse(value);
  if (!r.success) throw new Error(`${name}: ${r.error.message}`);
  return r.data as Record<string, unknown>;
};

const ballot = (title: string) => ({
  title,
  kind: 'committee',
  seatsApproved: 5,
  seats: 5,
  method: 'paper',
  preset: 'mttq',
  rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
  entryMode: 'struck',
  passes: 1,
});
const step = (title: string, notes = '') => ({
  title,
  presenter: '',
  sessionId: null,
  plannedStart: null,
  durationMinutes: 10,
  kind: 'report',
  notes,
});

/** One field of each kind, each read back from the real command schema it belongs to. */
const FIELDS: [string, (text: string) => unknown][] = [
  ['ballot title', (s) => input('ballots:create', ballot(s)).title],
  ['ballot title (edited)', (s) => input('ballots:update', { id: 1, title: s }).title],
  ['next round title', (s) => input('ballots:nextRound', { id: 1, title: s }).title],
  [
    'candidate name',
    (s) =>
      (input('ballots:setCandidates', { id: 1, candidates: [{ name: s, birthDate: null }] }).candidates as { name: string }[])[0]!.name,
  ],
  ['vote question', (s) => input('votes:create', { question: s }).question],
  ['vote question (edited)', (s) => input('votes:update', { id: 1, question: s }).question],
  ['agenda step title', (s) => input('agenda:addStep', step(s)).title],
  ['agenda step presenter', (s) => input('agenda:updateStep', { id: 1, presenter: s }).presenter],
  ['speaker name', (s) => input('speakers:add', { stepId: 1, name: s, delegateId: null, organisation: '', topic: '' }).name],
  ['speaker topic', (s) => input('speakers:update', { id: 1, topic: s }).topic],
  ['congress name', (s) => input('congress:create', { name: s }).name],
  ['congress slogan', (s) => input('congress:update', { theme: s }).theme],
  ['congress venue', (s) => input('congress:update', { venue: s }).venue],
  ['session title', (s) => input('sessions:create', { title: s }).title],
  [
    'delegate name',
    (s) =>
      input('delegates:create', {
        code: null,
        fullName: s,
        gender: null,
        birthDate: null,
        ethnicity: null,
        religion: null,
        partyMember: null,
        education: null,
        position: s,
        unit: null,
        group: null,
        seat: null,
        kind: null,
        status: 'official',
      }).fullName,
  ],
  ['reason (void a paper)', (s) => input('papers:void', { ballotId: 1, pass: 1, paper: 1, reason: s }).reason],
  ['reason (reopen a vote)', (s) => input('votes:reopen', { id: 1, reason: s }).reason],
  ['reason (remove a step)', (s) => input('agenda:removeStep', { id: 1, reason: s }).reason],
  ['reason (absent)', (s) => input('attendance:markAbsent', { delegateId: 1, reason: s }).reason],
  ['document signer', (s) => input('exports:saveSettings', { presidiumSigner: s }).presidiumSigner],
  [
    'template title',
    (s) =>
      (
        input('agenda:applyTemplate', { template: { id: 'mau', title: s, titleEn: 'T', sessions: [], steps: [] } }).template as {
          title: string;
        }
      ).title,
  ],
];

/** The fields that may span lines: line breaks kept, everything else cleaned the same way. */
const MULTILINE: [string, (text: string) => unknown][] = [
  ['projector message', (s) => input('projector:set', { slide: 'message', message: s }).message],
  [
    'queued projector message',
    (s) => (input('projector:queue', { next: { slide: 'message', message: s } }).next as { message: string }).message,
  ],
  ['agenda step notes', (s) => input('agenda:addStep', step('Khai mạc', s)).notes],
  [
    'template description',
    (s) =>
      (
        input('agenda:applyTemplate', { template: { id: 'mau', title: 'T', titleEn: 'T', description: s, sessions: [], steps: [] } })
          .template as { description: string }
      ).description,
  ],
];

describe('free text in the contract', () => {
  it.each([...FIELDS, ...MULTILINE])('%s: bidi, zero-width and C0/C1 control characters removed', (_name, read) => {
    expect(read(HOSTILE)).toBe(CLEAN);
  });

  it.each([...FIELDS, ...MULTILINE])('%s: Vietnamese text kept as typed, decomposed text composed (NFC), marks kept', (_name, read) => {
    expect(read(VIETNAMESE)).toBe(VIETNAMESE);
    expect(read(VIETNAMESE.normalize('NFD'))).toBe(VIETNAMESE);
    expect(read('Hà Nội x\u0301 ạ\u0301')).toBe('Hà Nội x\u0301 ạ\u0301'); // no precomposed letter: the mark stays
  });

  it.each(FIELDS)('%s: one line (line breaks and tabs become a space)', (_name, read) => {
    expect(read('  Bầu Ban\r\nChấp hành\n\tkhóa\u2028mới  ')).toBe(CLEAN);
  });

  it.each(MULTILINE)('%s: line breaks kept as line feeds, each line cleaned', (_name, read) => {
    expect(read('\n Mời đại biểu\u202E \r\nvề chỗ ngồi\u0007\r\r\n\n\nGiải lao\u2029 15 phút \n')).toBe(
      'Mời đại biểu\nvề chỗ ngồi\n\nGiải lao\n15 phút',
    );
  });

  it('the length limit counts the cleaned text, and text that is only invisible characters is empty', () => {
    expect(commands['ballots:create'].input.safeParse(ballot(`${'\u202E'.repeat(600)}Bầu`)).success).toBe(true);
    expect(commands['ballots:create'].input.safeParse(ballot('\u202E\u2066\u200B\u0007')).success).toBe(false);
    expect(commands['papers:void'].input.safeParse({ ballotId: 1, pass: 1, paper: 1, reason: '\u200F\u0000' }).success).toBe(false);
  });

  it('every text field of every command is cleaned, except paths, codes and file contents, which are not free text', () => {
    const leaves: string[] = [];
    for (const [name, c] of Object.entries(commands))
      walkStrings(c.input as z.ZodType, name, (path, s) => {
        const r = s.safeParse(HOSTILE);
        if (r.success && r.data !== CLEAN) leaves.push(path);
      });
    expect(leaves.sort()).toEqual(
      [
        // file paths: the file system's own rules apply
        'congress:create.path',
        'congress:open.path',
        'backups:list.congressPath',
        'backups:restore.file',
        'backups:openCopy.congressPath',
        'backups:openCopy.file',
        'backups:setSettings.secondFolder',
        'exports:saveSettings.templateDir',
        'exports:run.out',
        // a file's bytes, and the headers read from it (matched against the file, not stored)
        'roster:preview.contentBase64',
        'papers:scan.files[].contentBase64',
        'roster:import.contentBase64',
        'ballots:importCandidates.contentBase64',
        'roster:preview.mapping{key}',
        'roster:import.mapping{key}',
        'ballots:importCandidates.mapping{key}',
        'ballots:previewCandidates.contentBase64',
        'ballots:previewCandidates.mapping{key}',
        // looked up, never stored: a search, a scanned code, a template's id, a progress label's id
        'delegates:search.query',
        'checkin:scan.code',
        'agenda:applyTemplate.templateId',
        'exports:run.jobId',
      ].sort(),
    );
  });
});

describe('the cleaning functions', () => {
  it('normalizeText and normalizeMultilineText agree on a single line', () => {
    for (const s of [HOSTILE, VIETNAMESE, '  a \t b  ', '']) expect(normalizeMultilineText(s)).toBe(normalizeText(s));
  });
});

/** Calls `visit` with every string schema inside `schema` (objects, arrays, records, unions, wrappers). */
function walkStrings(schema: z.ZodType, path: string, visit: (path: string, s: z.ZodType) => void): void {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (s: unknown, p = path) => walkStrings(s as z.ZodType, p, visit);
  switch (def.type) {
    case 'string':
      return visit(path, schema);
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) inner(v, `${path}.${k}`);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType);
    case 'array':
      return inner(def.element, `${path}[]`);
    case 'record':
      inner(def.keyType, `${path}{key}`);
      return inner(def.valueType, `${path}{}`);
    case 'union':
      return (def.options as unknown[]).forEach((o) => inner(o));
    case 'pipe':
      return inner(def.in);
    default:
      return;
  }
}
