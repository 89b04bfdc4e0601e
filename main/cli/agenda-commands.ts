/** `agenda …` subcommands: the agenda of a congress file from a terminal. */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '../engine/engine';
import { parseTemplateFile } from '../services/agenda-templates';
import type { AgendaState } from '../services/agenda-state';
import { type Out, type Parsed, refusal } from './args';

type Values = Parsed['values'];

export const AGENDA_USAGE = `  npm run cli -- agenda templates [--json]                  các mẫu chương trình có sẵn
  npm run cli -- agenda list <tệp> [--json]                  chương trình: giờ dự kiến / thực tế, sớm / chậm
  npm run cli -- agenda apply-template <tệp> <mẫu|mẫu.json> [--replace] [--json]
  npm run cli -- agenda next|previous <tệp> [--json]         chuyển sang bước sau / quay lại bước trước
`;

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
    if (!file) throw new Error(`Cách dùng:\n${AGENDA_USAGE}`);
    switch (sub) {
      case 'list':
        engine.open(file);
        print(await engine.call('agenda:get', {}), values, out);
        return 0;
      case 'apply-template': {
        if (!template) throw new Error(`Cần tên mẫu hoặc tệp mẫu .json.\n\n${AGENDA_USAGE}`);
        // A path to a .json file is read here and checked by the engine like any template.
        const fromFile = template.endsWith('.json') || existsSync(template);
        const input = fromFile ? { template: parseTemplateFile(readFileSync(template, 'utf8'), basename(template)) } : { templateId: template };
        engine.open(file);
        const result = await engine.call('agenda:applyTemplate', { ...input, replace: values.replace ?? false });
        out(values.json ? JSON.stringify(result) : `Đã tạo ${result.steps} bước${result.sessionsCreated.length ? `; phiên mới: ${result.sessionsCreated.join(', ')}` : ''}`);
        return 0;
      }
      case 'next':
      case 'previous':
        engine.open(file);
        print(await engine.call(sub === 'next' ? 'agenda:next' : 'agenda:previous', {}), values, out);
        return 0;
      default:
        throw new Error(`Lệnh agenda không rõ: ${sub ?? ''}\n\n${AGENDA_USAGE}`);
    }
  } catch (error) {
    return refusal(error, values.json, out);
  }
}

function print(state: AgendaState, values: Values, out: Out): void {
  if (values.json) {
    out(JSON.stringify(state));
    return;
  }
  for (const s of state.steps) {
    const planned = s.schedule.plannedStart ?? '--:--';
    const actual = s.schedule.actualStart ? ` (thực tế ${s.schedule.actualStart}${s.schedule.actualEnd ? `–${s.schedule.actualEnd}` : ''})` : '';
    out(`${PROGRESS[s.progress]} ${String(s.position).padStart(3)}. ${planned} ${String(s.durationMinutes).padStart(3)}′  ${s.title}${actual}`);
  }
  const d = state.delayMinutes;
  if (d !== null) out(d > 0 ? `Chậm ${d} phút so với dự kiến` : d < 0 ? `Sớm ${-d} phút so với dự kiến` : 'Đúng giờ');
}
