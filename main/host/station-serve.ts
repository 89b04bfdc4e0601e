import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultWorkspaceDir } from '../engine/workspace';
import { NoStationTarget } from '../network/station-link';
import { stationTarget } from '../network/station-target';
import { userPath } from '../cli/paths';
import { STATION_PORT, startStationRelay } from './station-relay';

/** `--name value` from the arguments, or undefined. */
function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  const value = at >= 0 ? args[at + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

/**
 * `npm start -- --station <pairing link | address[:port] --code CODE [--fingerprint SHA256]> [--port N]`:
 * this device works for the main laptop in station mode (docs/hall-network.md «Chế độ trạm»). The
 * relay pins the laptop's certificate and keeps the credential in the user's data folder; the
 * device's page opens in a browser on this machine (loopback only). `--station` alone: the laptop
 * kept from the last run.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const code = option(args, '--code');
  const fingerprint = option(args, '--fingerprint');
  const given = option(args, '--station');
  const target = stationTarget(given, { ...(code ? { code } : {}), ...(fingerprint ? { fingerprint } : {}) });
  if (given && !target) throw new Error(`--station ${given}: neither a pairing link nor an address`);
  const port = Number(option(args, '--port') ?? STATION_PORT);
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
  if (error instanceof NoStationTarget) {
    return `Chưa biết máy điều hành nào: thêm liên kết ghép nối (mã QR) sau --station. ${error.message}`;
  }
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    return 'Cổng đã có chương trình khác dùng (một trạm khác đang chạy?); thử --port <số>. The port is taken (another station running?); try --port <n>.';
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
});
