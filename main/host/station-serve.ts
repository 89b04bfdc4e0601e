import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultWorkspaceDir } from '../engine/workspace';
import { userPath } from '../cli/paths';
import { stationArgs, stationProblem } from './station-args';
import { STATION_PORT, startStationRelay } from './station-relay';

/**
 * `npm start -- --station <pairing link | address[:port] --code CODE [--fingerprint SHA256]> [--port N]`:
 * this device works for the main laptop in station mode (docs/hall-network.md «Chế độ trạm»). The
 * relay pins the laptop's certificate and keeps the credential in the user's data folder; the
 * device's page opens in a browser on this machine (loopback only). `--station` alone: the laptop
 * kept from the last run. What `npm start` runs when there is no Electron binary; the desktop app
 * runs the same relay in its own window (main/electron/station-mode.ts).
 */
async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { target, port } = stationArgs(process.argv.slice(2)) ?? { target: null, port: STATION_PORT };
  const relay = await startStationRelay({
    dataDir: userPath(defaultWorkspaceDir()),
    target,
    staticDir: join(root, 'dist', 'renderer'),
    port,
    onLearned: (learned) =>
      process.stdout.write(
        [
          `  Dấu vân tay của máy điều hành / the laptop's fingerprint: ${learned}`,
          '  So với màn hình laptop (Mạng hội trường) trước khi ghép nối. Compare it with the laptop screen before pairing.',
          '',
        ].join('\n'),
      ),
  });
  const pin = relay.link.fingerprint;
  process.stdout.write(
    [
      '',
      `Congress Desk — chế độ trạm / station mode → ${relay.link.laptop}`,
      `  Dấu vân tay đã ghim / pinned fingerprint: ${pin ?? '(học ở lần nối đầu / learned on first contact)'}`,
      ...(relay.link.device ? [`  Đã ghép nối / paired as: ${relay.link.device.name} (${relay.link.device.role})`] : []),
      `  Mở trong trình duyệt / open in a browser: ${relay.url}`,
      '  Nhấn Ctrl+C để dừng / Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A refusal the user can act on is a message, not a stack trace (as serve.ts). */
function explain(error: unknown): string {
  return stationProblem(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
}

main().catch((error: unknown) => {
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
});
