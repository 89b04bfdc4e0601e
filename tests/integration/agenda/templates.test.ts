import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agendaTemplateSchema } from '../../../shared/contract/agenda-schemas';
import { parseTemplateFile } from '../../../main/services/agenda-templates';
import type { AppError } from '../../../shared/contract/result';
import { renderMessage } from '../../../shared/i18n/messages';

const DIR = join(import.meta.dirname, '../../../resources/agenda-templates');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const load = (f: string) => agendaTemplateSchema.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8')));

describe('shipped agenda templates (files a user copies and adjusts)', () => {
  it.each(files.filter((f) => f !== 'blank.json'))('%s is well formed: named sessions, a start time, lengths that add up', (f) => {
    const t = load(f);
    expect(`${t.id}.json`).toBe(f);
    for (const s of t.steps) {
      expect(s.session === null || s.session < t.sessions.length).toBe(true);
      expect(s.durationMinutes).toBeGreaterThan(0);
      expect(s.title).toBe(s.title.normalize('NFC'));
    }
    // Each session opens with a printed start time, so every step has a planned time.
    t.sessions.forEach((_, i) => expect(t.steps.find((s) => s.session === i)?.plannedStart).toMatch(/^\d\d:\d\d$/));
    // The ceremony opens and closes the meeting.
    expect(t.steps[0]!.kind).toBe('ceremony');
    expect(t.steps.at(-1)!.title).toMatch(/Bế mạc/);
  });

  it('MTTQ congresses consult (hiệp thương); Party and Đoàn congresses elect by ballot (bầu cử)', () => {
    for (const id of ['mttq-commune', 'mttq-province']) {
      const titles = load(`${id}.json`).steps.map((s) => s.title);
      expect(titles.some((x) => /^Hiệp thương cử Ủy ban MTTQ/.test(x))).toBe(true);
      expect(titles.some((x) => /^Bầu /.test(x))).toBe(false);
    }
    for (const id of ['party-cell', 'doan']) {
      const steps = load(`${id}.json`).steps;
      expect(steps.filter((s) => s.kind === 'ballot').every((s) => s.title.startsWith('Bầu'))).toBe(true);
      expect(steps.some((s) => s.title === 'Bầu Ban kiểm phiếu')).toBe(true);
    }
  });

  it('the blank template has no steps', () => {
    expect(load('blank.json').steps).toEqual([]);
  });
});

describe('a template file a user broke', () => {
  const refusal = (text: string) => {
    try {
      parseTemplateFile(text, 'mau.json');
    } catch (error) {
      return (error as AppError).toData();
    }
    throw new Error('accepted');
  };

  it('is refused with each wrong field worded in the reader’s language, not zod’s English', () => {
    const broken = JSON.parse(
      readFileSync(
        join(
          DIR,
          files.find((f) => f !== 'blank.json')!,
        ),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const error = refusal(JSON.stringify({ ...broken, sessions: 'sáng' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', key: 'agenda.templateInvalid' });
    expect(renderMessage('en', error)).toBe('Agenda template "mau.json" has errors: sessions: expected a list.');
    expect(renderMessage('vi', error)).toBe('Tệp mẫu chương trình «mau.json» có lỗi: sessions: cần một danh sách.');
  });
});
