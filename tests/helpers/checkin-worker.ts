// Child process for the crash test: the real engine checking delegates in as fast as it can,
// printing each code only after the engine acknowledged it (i.e. after the commit).
import { Engine } from '../../main/engine/engine';

const [file, workspace, ...codes] = process.argv.slice(2);
const engine = new Engine({ workspaceDir: workspace!, rememberRecent: false });
engine.open(file!);
for (const code of codes) {
  const r = await engine.invoke('checkin:scan', { code });
  if (r.ok) process.stdout.write(`${code}\n`);
}
process.stdout.write('DONE\n');
