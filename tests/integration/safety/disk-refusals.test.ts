import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { primaryFolder } from '../../../main/backup/backup-files';
import type { AppErrorData } from '../../../shared/contract/result';
import { cli } from '../../helpers/cli-sandbox';
import { FILLER, fullDisk, listing, readOnlyFolder, unmountDisks } from '../../helpers/disks';
import { refusal } from '../../helpers/refusal';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, sha256File } from '../exports/export-setup';
import { errorText } from '../../helpers/error-text';

/**
 * What the app says when the disk refuses, on real disks: a tmpfs filled to the last byte and a
 * read-only one (tests/helpers/disks.ts). Each refusal has its own code, names the file and the
 * folder in Vietnamese then English, and leaves nothing behind (docs/backups.md, docs/exports.md).
 */
let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
});
afterEach(() => {
  t.engine.close();
  unmountDisks();
  t.dispose();
});

const root = join(import.meta.dirname, '..', '..', '..');
const PAPERS = [
  [2, 6, 7],
  [3, 6, 7],
  [4, 5, 7],
];

function expectSaid(error: AppErrorData, code: string, file: string, folder: string): void {
  expect(error.code).toBe(code);
  expect(errorText(error)).toContain(`«${file}»`);
  expect(errorText(error)).toContain(`«${folder}»`);
  expect(errorText(error, 'en')).toContain(`"${folder}"`);
  // what the system said is not the message: no "ENOSPC", no "SQLITE_…", no "unable to open database file"
  expect(`${errorText(error)} ${errorText(error, 'en')}`).not.toMatch(
    /E[A-Z]{3,}:|SQLITE_|unable to open database|disk I\/O error|database or disk is full/,
  );
}

describe('creating a congress', () => {
  /** Through the contract (what the window sends) and from the command line: the same refusal. */
  async function refusedCreate(target: string): Promise<AppErrorData> {
    const r = await t.engine.invoke('congress:create', { name: 'Đại hội MTTQ phường X', path: target });
    if (r.ok) throw new Error('expected the create to be refused');
    const line = await cli('new', target, '--name', 'Đại hội MTTQ phường X', '--json');
    expect(line.code).toBe(1);
    expect(JSON.parse(line.out)).toEqual({ error: r.error.code, message: errorText(r.error) });
    return r.error;
  }

  it('in a read-only folder: FOLDER_NOT_WRITABLE, says which file and folder, leaves nothing', async () => {
    const ro = readOnlyFolder(t.file('ro'));
    const target = join(ro, 'phuong.congress');
    const error = await refusedCreate(target);
    expectSaid(error, 'FOLDER_NOT_WRITABLE', target, ro);
    expect(errorText(error)).toMatch(/^Không tạo được tệp đại hội «/);
    expect(listing(ro)).toEqual([]);
  });

  it('on a full disk: DISK_FULL, and the half-made file and its side files are removed', async () => {
    const full = fullDisk(t.file('full'));
    const target = join(full, 'phuong.congress');
    const error = await refusedCreate(target);
    expectSaid(error, 'DISK_FULL', target, full);
    expect(errorText(error)).toContain('đã hết chỗ trống');
    expect(listing(full)).toEqual([FILLER]);
  });
});

describe('exporting', () => {
  async function counted(): Promise<number> {
    await congressFor(t, 5, 5);
    return countedBallot(t, PAPERS);
  }

  it('into a read-only folder: FOLDER_NOT_WRITABLE for a document, a workbook and both archives; nothing written', async () => {
    const id = await counted();
    const ro = readOnlyFolder(t.file('ro'));
    t.engine.close(); // hashed closed: reading a file this process holds would drop its lock
    const congress = sha256File(t.file('c.congress'));
    t.engine.open(t.file('c.congress'));
    for (const [what, format] of [
      ['minutes', 'docx'],
      ['tally', 'xlsx'],
      ['archive', 'folder'],
      ['archive', 'zip'],
    ] as const) {
      const r = await t.engine.invoke('exports:run', { what, format, ballotId: id, out: ro });
      expect(r.ok, `${what} ${format}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, `${what} ${format}`).toBe('FOLDER_NOT_WRITABLE');
        expect(errorText(r.error)).toContain(`«${ro}»`);
        expect(errorText(r.error)).toContain('Chưa có tệp nào được tạo hay thay đổi');
      }
    }
    expect(listing(ro)).toEqual([]);
    t.engine.close();
    expect(sha256File(t.file('c.congress'))).toBe(congress);
  });

  it('on a full disk: DISK_FULL for a document and both archives, nothing half-written, an earlier file whole', async () => {
    const id = await counted();
    // an earlier copy of the minutes got there while the disk still had room
    const full = fullDisk(t.file('full'), 256, (d) => writeFileSync(join(d, 'Bien-ban-cu.docx'), 'bản đã ký'));
    const before = join(full, 'Bien-ban-cu.docx');
    const old = sha256File(before);
    for (const [what, format, out] of [
      ['minutes', 'pdf', full],
      ['minutes', 'docx', before],
      ['archive', 'folder', full],
      ['archive', 'zip', full],
    ] as const) {
      const r = await t.engine.invoke('exports:run', { what, format, ballotId: id, out, ifExists: 'overwrite' });
      expect(r.ok, `${what} ${format}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, `${what} ${format}`).toBe('DISK_FULL');
        expect(errorText(r.error)).toContain('đã hết chỗ trống');
      }
    }
    expect(listing(full)).toEqual(['Bien-ban-cu.docx', FILLER]);
    expect(sha256File(before)).toBe(old);
  });

  it('from the command line into a read-only folder: a clear message and exit code 1', async () => {
    await counted();
    t.engine.close();
    const ro = readOnlyFolder(t.file('ro'));
    const r = await cli('export', t.file('c.congress'), 'minutes', '--ballot', '1', '--out', ro, '--json');
    expect(r.code).toBe(1);
    const said = JSON.parse(r.out) as { error: string; message: string };
    expect(said.error).toBe('FOLDER_NOT_WRITABLE');
    expect(said.message).toContain(`«${ro}»`);
    expect(listing(ro)).toEqual([]);
  });
});

describe('backing up', () => {
  it('into a read-only backup folder: FOLDER_NOT_WRITABLE, the command that triggered it still succeeds', async () => {
    await congressFor(t, 3, 0);
    const folder = readOnlyFolder(primaryFolder(t.file('c.congress')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = await refusal(t.engine.call('backups:create', {}));
    expectSaid(refused.toData(), 'FOLDER_NOT_WRITABLE', folder, folder);
    expect(errorText(refused)).toContain('Tệp đại hội không bị ảnh hưởng');
    // a milestone's copy fails too, but the import it follows does not
    const csv = 'Mã đại biểu,Họ và tên\nDB101,Nguyễn Văn An\n';
    expect(
      (await t.engine.call('roster:import', { fileName: 'ds.csv', contentBase64: Buffer.from(csv).toString('base64') })).imported,
    ).toBe(1);
    const list = await t.engine.call('backups:list', {});
    expect(list.lastError).toMatchObject({ code: 'FOLDER_NOT_WRITABLE', key: 'fs.failed', params: { what: 'backUpInto' } });
    expect(errorText(list.lastError!)).toContain(`«${folder}»`);
    expect(errorText(list.lastError!)).not.toMatch(/SQLITE_|unable to open/);
    expect(listing(folder)).toEqual([]);
  });

  it('onto a full disk: DISK_FULL, no half-made copy left', async () => {
    await congressFor(t, 3, 0);
    const folder = fullDisk(primaryFolder(t.file('c.congress')), 64);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = await refusal(t.engine.call('backups:create', {}));
    expectSaid(refused.toData(), 'DISK_FULL', folder, folder);
    expect(listing(folder)).toEqual([FILLER]);
    // the copy on close fails the same way, and the file still closes
    await t.engine.call('checkin:scan', { code: 'DB0001' });
    await t.engine.call('congress:close', {});
    expect(listing(folder)).toEqual([FILLER]);
  });
});

describe('a folder or a pipe named like a congress file', () => {
  /** The CLI in a real process: a FIFO that is opened would block it, so a hang shows as a kill. */
  function cliProcess(...args: string[]): Promise<{ code: number | null; said: string; killed: boolean }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'main/cli/index.ts'), ...args], {
        cwd: root,
        env: { ...process.env, CONGRESS_DESK_HOME: t.file('home') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let said = ''; // stdout and stderr: where a refusal is printed is the CLI's choice
      let killed = false;
      child.stdout.setEncoding('utf8').on('data', (c: string) => (said += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (said += c));
      const guard = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, 20_000);
      child.on('close', (code) => {
        clearTimeout(guard);
        resolve({ code, said, killed });
      });
    });
  }

  it('a FIFO is refused at once with NOT_A_FILE, never opened (which would wait forever)', async () => {
    const fifo = t.file('x.congress');
    execFileSync('mkfifo', [fifo]);
    const r = await cliProcess('info', fifo);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(1);
    expect(r.said).toContain(`«${fifo}» là một đường ống (FIFO), không phải tệp`);
    const opened = await t.engine.invoke('congress:open', { path: fifo });
    expect(opened.ok || opened.error.code).toBe('NOT_A_FILE');
  });

  it('a folder is refused with NOT_A_FILE, to open and to create, and left as it is', async () => {
    const folder = t.file('y.congress');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ghi-chu.txt'), 'giữ nguyên');
    const r = await cliProcess('info', folder);
    expect(r.code).toBe(1);
    expect(r.said).toContain(`«${folder}» là một thư mục, không phải tệp`);
    for (const [channel, input] of [
      ['congress:open', { path: folder }],
      ['congress:create', { name: 'Y', path: folder }],
    ] as const) {
      const refused = await t.engine.invoke(channel, input);
      expect(refused.ok || refused.error.code, channel).toBe('NOT_A_FILE');
    }
    expect(listing(folder)).toEqual(['ghi-chu.txt']);
  });
});
