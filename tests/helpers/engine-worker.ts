// Child process for the crash tests: the real engine running a list of commands as fast as it can.
// It prints `ack <i>` only after engine.invoke answered ok for command i, i.e. after the commit;
// anything printed is therefore a promise the parent may hold the file to after a SIGKILL.
//   engine-worker <congress file> <workspace dir> <commands.json>      (CLOSE_AT_END=1: close the file after)
import { readFileSync } from 'node:fs';
import { Engine } from '../../main/engine/engine';
import { errorText } from './error-text';

interface Command {
  channel: string;
  input: unknown;
}

async function main(): Promise<void> {
  const [file, workspace, commandsFile] = process.argv.slice(2);
  const commands = JSON.parse(readFileSync(commandsFile!, 'utf8')) as Command[];
  // No automatic copies: a kill must find the congress file alone, as a dying laptop would.
  const engine = new Engine({ workspaceDir: workspace!, rememberRecent: false, backups: { enabled: false } });
  engine.open(file!);
  process.stdout.write('ready\n');
  for (const [i, c] of commands.entries()) {
    const r = await engine.invoke(c.channel, c.input);
    process.stdout.write(r.ok ? `ack ${i}\n` : `fail ${i} ${r.error.code} ${errorText(r.error).replace(/\n/g, ' ')}\n`);
  }
  // A kill while the file is closed (the checkpoint that folds the log into the file) must lose nothing.
  if (process.env.CLOSE_AT_END) {
    process.stdout.write('closing\n');
    engine.close();
  }
  process.stdout.write('done\n');
}

void main();
