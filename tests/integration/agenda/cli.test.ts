import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('congress-agenda-cli-', (d) => (dir = d));

interface Listed {
  currentStepId: number | null;
  steps: { title: string; position: number; progress: string; schedule: { plannedStart: string | null } }[];
}

describe('agenda command line', () => {
  it('applies a template, lists it as JSON, runs a step and refuses a second template without --replace', async () => {
    const file = join(dir, 'c.congress');
    expect((await cli('new', file, '--name', 'Đại hội CLI')).code).toBe(0);
    const applied = await cli('agenda', 'apply-template', file, 'mttq-residential', '--json');
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.out)).toEqual({ steps: 10, sessionsCreated: [] });

    const listed = JSON.parse((await cli('agenda', 'list', file, '--json')).out) as Listed;
    expect(listed.steps).toHaveLength(10);
    expect(listed.steps[0]).toMatchObject({
      position: 1,
      title: 'Chào cờ, tuyên bố lý do, giới thiệu đại biểu',
      progress: 'upcoming',
      schedule: { plannedStart: '19:30' },
    });
    expect(listed.steps[1]!.schedule.plannedStart).toBe('19:40');

    expect((await cli('agenda', 'next', file)).code).toBe(0);
    const after = JSON.parse((await cli('agenda', 'list', file, '--json')).out) as Listed;
    expect(after.steps[0]!.progress).toBe('current');

    const again = await cli('agenda', 'apply-template', file, 'doan', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out)).toMatchObject({ error: 'AGENDA_NOT_EMPTY' });
    expect((await cli('agenda', 'apply-template', file, 'doan', '--replace')).code).toBe(0);
    const text = (await cli('agenda', 'list', file)).out;
    expect(text).toContain('1. 07:30  10′  Chào cờ, hát Quốc ca, Đoàn ca');
  });

  it('takes a template file the user copied and adjusted, and names what is wrong in a bad one', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội CLI');
    const shipped = JSON.parse(readFileSync(join(__dirname, '../../../resources/agenda-templates/party-cell.json'), 'utf8')) as {
      id: string;
      steps: { title: string }[];
    };
    shipped.id = 'chi-bo-cua-toi';
    shipped.steps = shipped.steps.slice(0, 3);
    const own = join(dir, 'mau-cua-toi.json');
    writeFileSync(own, JSON.stringify(shipped));
    expect((await cli('agenda', 'apply-template', file, own)).out).toBe('Đã tạo 3 bước');

    const bad = join(dir, 'hong.json');
    writeFileSync(bad, JSON.stringify({ ...shipped, steps: [{ title: 'X', kind: 'tiệc', durationMinutes: 5 }] }));
    const refused = await cli('agenda', 'apply-template', file, bad, '--replace');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('«hong.json» có lỗi: steps.0.kind');
    expect((JSON.parse((await cli('agenda', 'list', file, '--json')).out) as Listed).steps).toHaveLength(3);
  });

  it('lists the workspace folder’s templates beside the shipped ones', async () => {
    const folder = join(dir, 'home', 'agenda-templates');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'hoi-nghi.json'),
      JSON.stringify({
        id: 'hoi-nghi',
        title: 'Hội nghị',
        titleEn: 'Meeting',
        sessions: [],
        steps: [{ title: 'Khai mạc', kind: 'ceremony', durationMinutes: 5 }],
      }),
    );
    writeFileSync(join(folder, 'hong.json'), '{ not json');
    const list = JSON.parse((await cli('agenda', 'templates', '--json')).out) as { id: string; source: string }[];
    expect(list.at(-1)).toEqual(expect.objectContaining({ id: 'hoi-nghi', source: 'workspace' }));
    expect(list.filter((t) => t.source === 'builtin')).toHaveLength(6);
  });
});
