import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partialPath, removeStalePartials } from '../../../main/files/partials';

/** Which temporary copies a clean-up may remove (main/files/partials.ts), on real files. */
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'partials-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has run and ended: its temporary files are a crash's leftovers. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('removeStalePartials', () => {
  it('removes what a dead writer left (files and the archive’s folder), keeps what a running one writes', async () => {
    const dead = deadPid();
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, `.Bien-ban.docx.${dead}.partial`), 'x');
      writeFileSync(join(dir, `.c--20261215T073001000Z--manual.congress.${dead}.partial-journal`), 'x');
      mkdirSync(join(dir, `.Luu-tru-20261215-073001.${dead}.partial`));
      writeFileSync(join(dir, `.Luu-tru-20261215-073001.${dead}.partial`, 'c.congress'), 'roster');
      writeFileSync(partialPath(join(dir, 'The-dai-bieu.pdf')), 'mine, in flight');
      writeFileSync(join(dir, `.Phieu.pdf.${alive.pid}.partial`), 'another running process');
      writeFileSync(join(dir, 'video.mp4.partial'), 'another program’s download');
      const removed = removeStalePartials(dir)
        .map((p) => p.slice(dir.length + 1))
        .sort();
      expect(removed).toEqual([
        `.Bien-ban.docx.${dead}.partial`,
        `.Luu-tru-20261215-073001.${dead}.partial`,
        `.c--20261215T073001000Z--manual.congress.${dead}.partial-journal`,
      ]);
      expect(readdirSync(dir).sort()).toEqual(
        [`.Phieu.pdf.${alive.pid}.partial`, `.The-dai-bieu.pdf.${process.pid}.partial`, 'video.mp4.partial'].sort(),
      );
    } finally {
      alive.kill('SIGKILL');
    }
  });

  it('in a folder of its own (a backup folder), also the older names without a process id, of this congress only', () => {
    writeFileSync(join(dir, 'c--20261215T073001000Z--auto.congress.partial'), 'x');
    writeFileSync(join(dir, 'khac--20261215T073001000Z--auto.congress.partial'), 'another congress’s');
    removeStalePartials(dir, (target) => target.startsWith('c--'));
    expect(readdirSync(dir)).toEqual(['khac--20261215T073001000Z--auto.congress.partial']);
  });

  it('a folder that is not there: nothing to do, no error', () => {
    expect(removeStalePartials(join(dir, 'missing'))).toEqual([]);
  });
});
