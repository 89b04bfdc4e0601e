import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { npmCli, serve, type Served, useFolder } from './cli-process';

let dir: string;
useFolder('congress-serve-', (d) => (dir = d));

const running: Served[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) {
    if (s.child.exitCode === null && s.child.signalCode === null) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  }
});

function start(cwd: string, env: NodeJS.ProcessEnv): Served {
  const s = serve(cwd, env);
  running.push(s);
  return s;
}

function refusal(s: Served): string {
  const { stdout, stderr } = s.output();
  expect(stderr).not.toMatch(/EADDRINUSE|^\s+at /m); // a message, not a Node stack trace
  return stdout + stderr;
}

describe('a second Congress Desk on a taken port or file', () => {
  it('PORT=0 picks a free port and prints it; a second host on that port says where the first runs; the CLI on its file too', async () => {
    const first = start(dir, { PORT: '0', CONGRESS_DESK_HOME: 'home' });
    const { port, operatorUrl } = await first.ready;
    expect(port).toBeGreaterThan(0);
    expect(operatorUrl.startsWith(`http://127.0.0.1:${port}/?token=`)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/api/app:state`, { method: 'POST' })).status).toBe(401); // it listens there
    expect(readdirSync(join(dir, 'home', 'running'))).toEqual([`${first.child.pid}.json`]); // CONGRESS_DESK_HOME from where it was started

    const second = start(dir, { PORT: String(port), CONGRESS_DESK_HOME: 'home' });
    expect(await second.exited).toBe(1);
    const said = refusal(second);
    expect(said).toContain(
      `Congress Desk đã đang chạy ở http://127.0.0.1:${port} (tiến trình ${first.child.pid}, tệp «${join(dir, 'home', 'demo.congress')}»)`,
    );
    expect(said).toContain(`Congress Desk is already running at http://127.0.0.1:${port}`);
    expect(said).toContain('PORT=0 npm run serve');

    // from another workspace there is no record to read: the running one is recognised by its answer
    const elsewhere = start(dir, { PORT: String(port), CONGRESS_DESK_HOME: join(dir, 'other-home') });
    expect(await elsewhere.exited).toBe(1);
    expect(refusal(elsewhere)).toContain(`Congress Desk đã đang chạy ở http://127.0.0.1:${port}.`);

    // the same file from a second host on its own port: it starts with nothing open and says where the file is
    const third = start(dir, { PORT: '0', CONGRESS_DESK_HOME: 'home' });
    await third.printed(`Tệp đang được mở bởi Congress Desk đang chạy ở http://127.0.0.1:${port} (tiến trình ${first.child.pid})`);
    expect(third.output().stdout).toContain('Congress Desk — chưa mở đại hội nào / no congress open');

    const cli = npmCli(dir, ['attendance', 'home/demo', '--json'], { CONGRESS_DESK_HOME: 'home' });
    expect(cli.code).toBe(4);
    expect(JSON.parse(cli.stdout)).toMatchObject({ error: 'FILE_LOCKED' });
    expect(JSON.parse(cli.stdout).message).toContain(`Congress Desk đang chạy ở http://127.0.0.1:${port} (tiến trình ${first.child.pid})`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dir, 'home', 'running', `${first.child.pid}.json`))).toBe(false); // its record goes with it
  }, 90_000);

  it('a port held by another program is named as such; the record of a dead host is ignored; a PORT that is not a port is refused', async () => {
    const other: Server = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    try {
      const host = start(dir, { PORT: String(port), CONGRESS_DESK_HOME: 'home' });
      expect(await host.exited).toBe(1);
      expect(refusal(host)).toContain(`Cổng ${port} đang bị một chương trình khác (không phải Congress Desk) dùng.`);
    } finally {
      other.close();
    }

    // a record left by a host that was killed (no clean stop) does not stand in the way
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(dir, 'crashed', 'running'), { recursive: true });
    writeFileSync(join(dir, 'crashed', 'running', `${dead}.json`), JSON.stringify({ pid: dead, port, file: null, startedAt: '' }));
    const after = start(dir, { PORT: String(port), CONGRESS_DESK_HOME: 'crashed' });
    expect((await after.ready).port).toBe(port);
    expect(readdirSync(join(dir, 'crashed', 'running'))).toEqual([`${after.child.pid}.json`]);

    const bad = start(dir, { PORT: 'abc', CONGRESS_DESK_HOME: 'home-never' });
    expect(await bad.exited).toBe(1);
    expect(refusal(bad)).toContain('PORT phải là một số cổng từ 0 đến 65535 (0: tự chọn cổng trống), nhận «abc».');
    expect(existsSync(join(dir, 'home-never'))).toBe(false); // refused before anything was opened
  }, 60_000);
});
