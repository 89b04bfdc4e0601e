import { NoStationTarget } from '../network/station-link';
import { type StationTarget, stationTarget } from '../network/station-target';
import { STATION_PORT } from './station-relay';

/** What `--station …` asks for (docs/hall-network.md «Chế độ trạm»): the laptop, and the relay's port here. */
export interface StationArgs {
  /** Null: `--station` alone, the laptop kept in the data folder from the last run. */
  target: StationTarget | null;
  port: number;
}

/** `--station` names something that is neither a pairing link nor an address, or `--port` is not a port (BadStationPort). */
export class BadStationArgument extends Error {
  constructor(
    readonly argument: string,
    message = `${argument}: neither a pairing link nor an address`,
  ) {
    super(message);
    this.name = 'BadStationArgument';
  }
}

/** `--port` is not a port: told in a port's words, since an address's (link, host, --code) do not fit it. */
export class BadStationPort extends BadStationArgument {
  constructor(readonly typed: string) {
    super(`--port ${typed}`, `--port ${typed}: not a port (a whole number 1–65535)`);
    this.name = 'BadStationPort';
  }
}

const STATION_SWITCH = '--station';

/**
 * `--name value` or `--name=value` anywhere in a command line, or undefined. Anywhere: Electron's
 * argv starts with the executable (and, unpackaged, the app's folder), and Chromium may put
 * switches of its own before or after ours; none of those is a `--name` of ours.
 */
function option(argv: readonly string[], name: string): string | undefined {
  const joined = argv.find((a) => a.startsWith(`${name}=`));
  if (joined) return joined.slice(name.length + 1) || undefined;
  const at = argv.indexOf(name);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

/** True when the command line asks for station mode (with or without a laptop named). */
export function wantsStation(argv: readonly string[]): boolean {
  return argv.some((a) => a === STATION_SWITCH || a.startsWith(`${STATION_SWITCH}=`));
}

/**
 * The station-mode arguments of a command line (`npm start -- --station …`, `Congress Desk --station …`):
 * null without `--station`; BadStationArgument for a laptop or port it cannot read. The same
 * reading for the tsx relay (station-serve.ts) and the desktop app (main/electron/station-mode.ts).
 */
export function stationArgs(argv: readonly string[]): StationArgs | null {
  if (!wantsStation(argv)) return null;
  const code = option(argv, '--code');
  const fingerprint = option(argv, '--fingerprint');
  const given = option(argv, STATION_SWITCH);
  const target = stationTarget(given, { ...(code ? { code } : {}), ...(fingerprint ? { fingerprint } : {}) });
  if (given && !target) throw new BadStationArgument(`${STATION_SWITCH} ${given}`);
  const typedPort = option(argv, '--port');
  const port = Number(typedPort ?? STATION_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BadStationPort(String(typedPort));
  return { target, port };
}

/**
 * Why station mode did not start, in words the user can act on (Vietnamese first), or null for a
 * failure that is not theirs to fix (shown as it is). For the console and the desktop app's box alike.
 */
export function stationProblem(error: unknown): string | null {
  if (error instanceof BadStationPort) {
    return [
      `Không đọc được --port ${error.typed}: cổng là một số nguyên 1–65535 (mặc định ${STATION_PORT}).`,
      `Cannot read --port ${error.typed}: a port is a whole number 1–65535 (the default is ${STATION_PORT}).`,
    ].join('\n');
  }
  if (error instanceof BadStationArgument) {
    return [
      `Không đọc được ${error.argument}: cần liên kết ghép nối (mã QR) hoặc địa chỉ máy điều hành (IPv4, [IPv6] hay tên máy; cổng 1–65535) kèm --code.`,
      `Cannot read ${error.argument}: give the pairing link (QR code), or the laptop's address (IPv4, [IPv6] or host name; port 1–65535) with --code.`,
    ].join('\n');
  }
  if (error instanceof NoStationTarget) {
    return [
      'Chưa biết máy điều hành nào: thêm liên kết ghép nối (mã QR) sau --station.',
      'No main laptop known yet: give its pairing link (QR code) after --station.',
    ].join('\n');
  }
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    return [
      'Cổng đã có chương trình khác dùng (một trạm khác đang chạy?); thử --port <số>.',
      'The port is taken (another station running?); try --port <n>.',
    ].join('\n');
  }
  return null;
}
