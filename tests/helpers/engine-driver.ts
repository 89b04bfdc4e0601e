// Child process: the real engine holding one congress file, driven line by line from the parent.
// stdin:  {"id":1,"channel":"checkin:scan","input":{...}}   stdout: {"id":1,"ok":true,"code":null}
// An answer is printed only after engine.invoke answered, i.e. after the commit: every ok line is
// a promise the parent may hold the file to after a SIGKILL.
//   engine-driver <congress file> <workspace dir>
import { createInterface } from 'node:readline';
import { Engine } from '../../main/engine/engine';

const [file, workspace] = process.argv.slice(2);
const engine = new Engine({ workspaceDir: workspace!, rememberRecent: false, backups: { enabled: false } });
engine.open(file!);
process.stdout.write('{"ready":true}\n');
engine.on((name) => {
  if (name === 'congress:fileLost') process.stdout.write('{"event":"congress:fileLost"}\n');
});
// One command at a time, in order, as a window sends them.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, channel, input } = JSON.parse(line) as { id: number; channel: string; input: unknown };
  queue = queue.then(async () => {
    const r = await engine.invoke(channel, input);
    process.stdout.write(
      `${JSON.stringify({ id, ok: r.ok, code: r.ok ? null : r.error.code, value: r.ok ? null : (r.error.details ?? null) })}\n`,
    );
  });
});
