/**
 * One file, one writer, whatever its name (SECURITY.md): the open congress is identified by device
 * and inode, so opening it again under another spelling neither refuses with a dropped lock nor
 * lets a second process in. Counted the hard way: a second process, a SIGKILL, and every
 * acknowledged check-in looked for afterwards.
 */
import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../../main/engine/engine';
import { driveEngine, openFromAnotherProcess } from '../../helpers/drive-engine';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
beforeEach(() => (t = tempEngine()));
afterEach(() => t.dispose());

async function demoFile(): Promise<{ path: string; codes: string[] }> {
  mkdirSync(t.file('hall'));
  const path = t.file('hall/dai-hoi.congress');
  t.engine.openDemo(path);
  const codes = (await t.engine.call('delegates:list', {})).filter((d) => d.status === 'official').map((d) => d.code);
  await t.engine.call('congress:close', {});
  return { path, codes };
}

function aliases(path: string): Record<string, string> {
  const dir = join(path, '..');
  symlinkSync(path, t.file('loi-tat.congress'));
  linkSync(path, t.file('lien-ket-cung.congress'));
  return {
    'with ./': join(dir, '.', 'dai-hoi.congress').replace('/dai-hoi', '/./dai-hoi'),
    'with //': path.replace('/hall/', '//hall//'),
    'through ..': join(dir, '..', 'hall', 'dai-hoi.congress').replace('/dai-hoi.congress', '/../hall/dai-hoi.congress'),
    'a symlink': t.file('loi-tat.congress'),
    'a hard link': t.file('lien-ket-cung.congress'),
  };
}

describe('one congress file, one writer, whatever its name', () => {
  it('re-opening the open file under another spelling keeps its lock: a second process is refused, no acknowledged check-in is lost after a SIGKILL', async () => {
    const { path, codes } = await demoFile();
    const host = await driveEngine(path, t.file('ws-host'));
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const checkIn = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const code = codes[acknowledged.length + refused.length]!;
        const r = await host.call('checkin:scan', { code });
        if (r.ok) acknowledged.push(code);
        else refused.push(`${code}: ${r.code}`);
      }
    };
    // Gathered, not asserted on the spot: on a defect the run goes on, so the loss is counted too.
    const reopened: Record<string, string | null> = {};
    const secondProcess: Record<string, string> = {};
    try {
      await checkIn(3);
      for (const [how, alias] of Object.entries(aliases(path))) {
        reopened[how] = (await host.call('congress:open', { path: alias })).code;
        secondProcess[how] = `${await openFromAnotherProcess(alias)} / ${await openFromAnotherProcess(path)}`;
        await checkIn(3);
      }
    } finally {
      await host.kill();
    }
    t.engine.open(path);
    const present = new Set((await t.engine.call('attendance:list', {})).filter((r) => r.state === 'present').map((r) => r.delegateId));
    const byCode = new Map((await t.engine.call('delegates:list', {})).map((d) => [d.code, d.id]));
    const lost = acknowledged.filter((c) => !present.has(byCode.get(c)!));
    expect({ acknowledged: acknowledged.length, refused, lost }).toEqual({ acknowledged: 18, refused: [], lost: [] });
    // The same file is already open here: the host answers with it (no refusal, no lock dropped).
    expect(Object.values(reopened)).toEqual([null, null, null, null, null]);
    expect(Object.values(secondProcess)).toEqual(Array(5).fill('FILE_LOCKED / FILE_LOCKED'));
  });

  it('another engine of the same process is refused under any spelling, and the lock it leaves is still held', async () => {
    const { path } = await demoFile();
    t.engine.open(path);
    const other = new Engine({ workspaceDir: t.file('ws2'), rememberRecent: false, backups: { enabled: false } });
    try {
      for (const [how, alias] of Object.entries(aliases(path))) {
        const r = await other.invoke('congress:open', { path: alias });
        expect({ how, code: r.ok ? 'opened' : r.error.code }).toEqual({ how, code: 'FILE_LOCKED' });
        expect({ how, second: await openFromAnotherProcess(path) }).toEqual({ how, second: 'FILE_LOCKED' });
      }
    } finally {
      other.close();
    }
    expect((await t.engine.call('attendance:summary', {})).summoned).toBeGreaterThan(0);
  });
});
