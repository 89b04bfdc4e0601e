/** `agenda …` subcommands: the agenda of a congress file from a terminal. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '../engine/engine';
import { parseTemplateFile } from '../services/agenda-templates';
import type { AgendaState } from '../services/agenda-state';
import { type Out, type Parsed, refusal } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { usageError } from './exit-codes';
import { readUserFile, userPath } from './paths';

type Values = Parsed['values'];

export const AGENDA_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'agenda templates',
    usage: '[--json]',
    vi: 'Các mẫu chương trình có sẵn.',
    en: 'The agenda templates that ship with the app.',
    needs: 0,
    options: [JSON_OPTION],
  },
  {
    name: 'agenda list',
    usage: '<tệp> [--json]',
    vi: 'Chương trình: giờ dự kiến / thực tế, sớm / chậm.',
    en: 'The agenda: planned and actual times, ahead or behind.',
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
  {
    name: 'agenda apply-template',
    usage: '<tệp> <mẫu|mẫu.json> [--replace] [--json]',
    vi: 'Tạo chương trình từ một mẫu có sẵn (tên) hoặc từ tệp mẫu .json của bạn.',
    en: 'Makes the agenda from a shipped template (by name) or from your own .json template file.',
    needs: 2,
    paths: ['congress'],
    options: [{ flag: 'replace', vi: 'thay chương trình đang có', en: 'replace the agenda already there' }, JSON_OPTION],
  },
  {
    name: 'agenda next',
    usage: '<tệp> [--json]',
    vi: 'Chuyển sang bước sau.',
    en: 'Moves to the next step.',
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
  {
    name: 'agenda previous',
    usage: '<tệp> [--json]',
    vi: 'Quay lại bước trước.',
    en: 'Goes back one step.',
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
];

const PROGRESS = { done: '✓', current: '▶', upcoming: ' ' } as const;

export async function agendaCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const [sub, file, template] = args;
  try {
    if (sub === 'templates') {
      const list = await engine.call('agenda:templates', {});
      if (values.json) out(JSON.stringify(list));
      else for (const t of list) out(`${t.id.padEnd(18)} ${String(t.stepCount).padStart(3)} bước  ${t.title}`);
      return 0;
    }
    switch (sub) {
      case 'list':
        engine.open(file!);
        print(await engine.call('agenda:get', {}), values, out);
        return 0;
      case 'apply-template': {
        // A path to a .json file (from where the user stands) is read here and checked by the engine like any template.
        const path = userPath(template!);
        const fromFile = template!.endsWith('.json') || existsSync(path);
        const input = fromFile
          ? { template: parseTemplateFile(readUserFile(path).toString('utf8'), basename(path)) }
          : { templateId: template! };
        engine.open(file!);
        const result = await engine.call('agenda:applyTemplate', { ...input, replace: values.replace ?? false });
        out(
          values.json
            ? JSON.stringify(result)
            : `Đã tạo ${result.steps} bước${result.sessionsCreated.length ? `; phiên mới: ${result.sessionsCreated.join(', ')}` : ''}`,
        );
        return 0;
      }
      case 'next':
      case 'previous':
        engine.open(file!);
        print(await engine.call(sub === 'next' ? 'agenda:next' : 'agenda:previous', {}), values, out);
        return 0;
      default:
        throw usageError(`Lệnh agenda không rõ: «${sub ?? ''}».`, `Unknown agenda command "${sub ?? ''}".`, 'agenda');
    }
  } catch (error) {
    return refusal(error, values, out);
  }
}

function print(state: AgendaState, values: Values, out: Out): void {
  if (values.json) {
    out(JSON.stringify(state));
    return;
  }
  for (const s of state.steps) {
    const planned = s.schedule.plannedStart ?? '--:--';
    const actual = s.schedule.actualStart
      ? ` (thực tế ${s.schedule.actualStart}${s.schedule.actualEnd ? `–${s.schedule.actualEnd}` : ''})`
      : '';
    out(
      `${PROGRESS[s.progress]} ${String(s.position).padStart(3)}. ${planned} ${String(s.durationMinutes).padStart(3)}′  ${s.title}${actual}`,
    );
  }
  const d = state.delayMinutes;
  if (d !== null) out(d > 0 ? `Chậm ${d} phút so với dự kiến` : d < 0 ? `Sớm ${-d} phút so với dự kiến` : 'Đúng giờ');
}
