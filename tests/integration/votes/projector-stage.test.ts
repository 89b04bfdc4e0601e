import { join } from 'node:path';
import { Engine } from '../../../main/engine/engine';
import { type TempEngine, steppingClock, tempEngine } from '../../helpers/temp-engine';
import { congressWith, refusal } from '../ballots/ballot-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

async function closedVote(): Promise<number> {
  const v = await t.engine.call('votes:create', { question: 'Thông qua số lượng Ủy viên Ủy ban khóa mới là 55 vị' });
  await t.engine.call('votes:record', { id: v.id, counts: { for: 9, against: 1, abstain: 0 }, close: true });
  return v.id;
}

describe('the projector stage', () => {
  it('queues a slide without touching the wall, then switches it on air and the old one becomes next', async () => {
    await congressWith(t, 10, 10);
    const voteId = await closedVote();
    t.events.length = 0;
    const queued = await t.engine.call('projector:queue', { next: { slide: 'vote_result', voteId } });
    expect(queued.onAir).toEqual({ slide: 'welcome' });
    expect(queued.nextView).toMatchObject({
      slide: 'vote_result',
      vote: { id: voteId, outcome: { passed: true, percent: { for: '90,00 %' } } },
    });
    expect(t.events.map((e) => e.name)).toEqual(['projector:staged']);
    expect((await t.engine.call('projector:view', {})).slide).toBe('welcome');

    const switched = await t.engine.call('projector:switch', {});
    expect(switched.onAir).toEqual({ slide: 'vote_result', voteId });
    expect(switched.next).toEqual({ slide: 'welcome' });
    const view = await t.engine.call('projector:view', {});
    expect(view).toMatchObject({
      slide: 'vote_result',
      vote: { question: 'Thông qua số lượng Ủy viên Ủy ban khóa mới là 55 vị' },
      black: false,
    });
    // the same key flips back
    expect((await t.engine.call('projector:switch', {})).onAir).toEqual({ slide: 'welcome' });
  });

  it('refuses slides that lack what they show, and an open vote; nothing is stored then', async () => {
    await congressWith(t, 10, 10);
    const open = await t.engine.call('votes:create', { question: 'Đang mở' });
    expect((await refusal(t.engine.call('projector:set', { slide: 'vote_result', voteId: open.id }))).code).toBe('VOTE_NOT_CLOSED');
    expect((await refusal(t.engine.call('projector:queue', { next: { slide: 'message', message: '   ' } }))).message).toBe(
      'Cần nhập nội dung thông báo để chiếu.',
    );
    expect((await refusal(t.engine.call('projector:set', { slide: 'vote_result' }))).message).toBe('Cần chọn biểu quyết để chiếu kết quả.');
    expect((await refusal(t.engine.call('projector:switch', {}))).code).toBe('INVALID_INPUT');
    expect(await t.engine.call('projector:stage', {})).toMatchObject({ onAir: { slide: 'welcome' }, next: null, black: false });
  });

  it('a vote reopened while on air leaves the wall (blank), and returns when closed again', async () => {
    await congressWith(t, 10, 10);
    const voteId = await closedVote();
    await t.engine.call('projector:set', { slide: 'vote_result', voteId });
    await t.engine.call('votes:reopen', { id: voteId, reason: 'Sửa số liệu' });
    const pushed = t.events.filter((e) => e.name === 'projector:changed').at(-1)?.payload as { view: { slide: string; vote: unknown } };
    expect(pushed.view).toMatchObject({ slide: 'blank', vote: null });
    await t.engine.call('votes:record', { id: voteId, counts: 'unanimous', close: true });
    expect(await t.engine.call('projector:view', {})).toMatchObject({ slide: 'vote_result', vote: { outcome: { unanimous: true } } });
  });

  it('black screen goes on and off as told, over whatever is on air', async () => {
    await congressWith(t, 2, 2);
    await t.engine.call('projector:queue', { next: { slide: 'logo' } });
    const stage = await t.engine.call('projector:black', { on: true });
    expect(stage).toMatchObject({ black: true, nextView: { slide: 'logo', black: false } });
    expect(await t.engine.call('projector:view', {})).toMatchObject({ slide: 'welcome', black: true });
    // the same key sent twice stays black: never a flip
    expect((await t.engine.call('projector:black', { on: true })).black).toBe(true);
    expect((await t.engine.invoke('projector:black', {})).ok).toBe(false);
    expect((await t.engine.call('projector:black', { on: false })).black).toBe(false);
  });

  it('what is on air, queued, black and the theme survive closing and reopening the file', async () => {
    await congressWith(t, 10, 10);
    const voteId = await closedVote();
    await t.engine.call('projector:set', { slide: 'message', message: 'Mời đại biểu về chỗ ngồi' });
    await t.engine.call('projector:queue', { next: { slide: 'vote_result', voteId } });
    await t.engine.call('projector:black', { on: true });
    await t.engine.call('projector:theme', { theme: 'high_contrast' });
    t.engine.close();

    const again = new Engine({ workspaceDir: join(t.dir, 'workspace2'), now: steppingClock() });
    try {
      await again.call('congress:open', { path: t.file('c.congress') });
      expect(await again.call('projector:stage', {})).toMatchObject({
        onAir: { slide: 'message', message: 'Mời đại biểu về chỗ ngồi' },
        next: { slide: 'vote_result', voteId },
        black: true,
        theme: 'high_contrast',
      });
      expect(await again.call('projector:view', {})).toMatchObject({
        slide: 'message',
        message: 'Mời đại biểu về chỗ ngồi',
        theme: 'high_contrast',
        black: true,
      });
    } finally {
      again.close();
    }
  });

  it('every stage change is in the audit log', async () => {
    await congressWith(t, 2, 2);
    await t.engine.call('projector:queue', { next: { slide: 'logo' } });
    await t.engine.call('projector:switch', {});
    await t.engine.call('projector:theme', { theme: 'high_contrast' });
    const actions = (
      t.engine.context().db.prepare("SELECT action FROM audit WHERE entity = 'projector' ORDER BY id").all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['projector.queue', 'projector.switch', 'projector.theme']);
  });

  it('a file from before the stage keeps the slide it had on air', async () => {
    await congressWith(t, 2, 2);
    const db = t.engine.context().db;
    db.prepare("DELETE FROM settings WHERE key LIKE 'projector.%'").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('projector.slide', '\"attendance\"'), ('projector.ballot', 'null')").run();
    expect(await t.engine.call('projector:stage', {})).toMatchObject({
      onAir: { slide: 'attendance' },
      next: null,
      black: false,
      theme: 'red_gold',
    });
    expect((await t.engine.call('projector:view', {})).slide).toBe('attendance');
  });
});
