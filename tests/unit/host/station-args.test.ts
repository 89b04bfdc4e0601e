import { BadStationArgument, stationArgs, stationProblem, wantsStation } from '../../../main/host/station-args';
import { STATION_PORT } from '../../../main/host/station-relay';
import { NoStationTarget } from '../../../main/network/station-link';

/** The one reading of `--station …` for `npm start` (main/host/station-serve.ts) and the desktop app (main/electron/station-mode.ts). */
const HEX = 'ab'.repeat(32);
const PIN = HEX.toUpperCase().match(/../g)!.join(':');
const LINK = `https://192.168.1.10:4871/pair#code=ABCD-EFGH&fp=sha256:${HEX}`;
const PACKAGED = 'C:\\Program Files\\Congress Desk\\Congress Desk.exe';
const DEV = ['/work/node_modules/electron/dist/electron', '/work/main'];

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('stationArgs', () => {
  it('reads the QR link: address, port, code and pin', () => {
    expect(stationArgs(['--station', LINK])).toEqual({
      target: { address: '192.168.1.10', port: 4871, code: 'ABCD-EFGH', fingerprint: PIN },
      port: STATION_PORT,
    });
  });

  it('reads an address with --code and --fingerprint (in any form people copy it), and --port', () => {
    const args = ['--station', '192.168.1.10:4900', '--code', 'WXYZ-2345', '--fingerprint', `sha256:${HEX}`, '--port', '5000'];
    expect(stationArgs(args)).toEqual({
      target: { address: '192.168.1.10', port: 4900, code: 'WXYZ-2345', fingerprint: PIN },
      port: 5000,
    });
    expect(stationArgs(['--station', '10.0.0.5', '--code', 'WXYZ-2345'])?.target).toEqual({
      address: '10.0.0.5',
      port: 4871,
      code: 'WXYZ-2345',
      fingerprint: null, // learned on first contact
    });
  });

  it('bare --station: the laptop kept from the last run, whatever follows it', () => {
    expect(stationArgs(['--station'])).toEqual({ target: null, port: STATION_PORT });
    expect(stationArgs(['--station', '--port', '0'])).toEqual({ target: null, port: 0 });
  });

  it('no --station: not station mode', () => {
    expect(wantsStation(['/opt/congress-desk', 'hoi-nghi.congress'])).toBe(false);
    expect(stationArgs(['/opt/congress-desk', '--code', 'ABCD-EFGH'])).toBeNull();
  });

  it('refuses what is neither a link nor an address, and a port that is not one', () => {
    expect(() => stationArgs(['--station', 'not an address!'])).toThrow(BadStationArgument);
    expect(() => stationArgs(['--station', LINK, '--port', 'abc'])).toThrow(BadStationArgument);
    expect(() => stationArgs(['--station', LINK, '--port', '70000'])).toThrow(BadStationArgument);
  });

  it('refuses an odd host or a port out of range in the address, naming what was typed', () => {
    for (const typed of ['nope!', '-laptop', '10.0.0.5:0', 'ftp://10.0.0.5', `https://nope!:4871/pair#code=ABCD-EFGH&fp=sha256:${HEX}`]) {
      expect(() => stationArgs(['--station', typed, '--code', 'WXYZ-2345']), typed).toThrow(new BadStationArgument(`--station ${typed}`));
    }
  });

  it('the packaged app’s argv (the executable first) and the unpackaged one (electron, the app folder), with Chromium switches around', () => {
    const expected = stationArgs(['--station', LINK]);
    expect(stationArgs([PACKAGED, '--station', LINK])).toEqual(expected);
    expect(stationArgs([...DEV, '--station', LINK])).toEqual(expected);
    expect(stationArgs([PACKAGED, '--allow-file-access-from-files', '--station', LINK, '--enable-logging'])).toEqual(expected);
    expect(stationArgs([...DEV, '--station', '--no-sandbox'])).toEqual({ target: null, port: STATION_PORT });
    // --name=value: how Chromium keeps a switch's value with it when it reorders a command line
    expect(stationArgs([PACKAGED, `--station=${LINK}`, '--port=4999'])).toEqual({ ...expected, port: 4999 });
    expect(wantsStation([...DEV, '--station='])).toBe(true);
  });
});

describe('stationProblem', () => {
  it('words the user’s own problems, Vietnamese first, and leaves the rest alone', () => {
    expect(stationProblem(new BadStationArgument('--station not an address!'))).toMatch(
      /^Không đọc được --station not an address!.*\nCannot read --station not an address!/s,
    );
    // what an address may be, so a mistyped one can be put right
    expect(stationProblem(new BadStationArgument('--station 10.0.0.5:0'))).toMatch(
      /\(IPv4, \[IPv6\] hay tên máy; cổng 1–65535\).*\n.*\(IPv4, \[IPv6\] or host name; port 1–65535\)/s,
    );
    expect(stationProblem(new NoStationTarget())).toMatch(/^Chưa biết máy điều hành nào.*\nNo main laptop known yet/s);
    expect(stationProblem(Object.assign(new Error('listen'), { code: 'EADDRINUSE' }))).toMatch(/^Cổng đã có.*\nThe port is taken/s);
    expect(stationProblem(new Error('something else'))).toBeNull();
  });

  it('words a bad --port as a port (what was typed, 1–65535, the default), not as an address', () => {
    for (const typed of ['99999', 'abc', '-1', '4872.5']) {
      const problem = stationProblem(thrownBy(() => stationArgs(['--station', LINK, '--port', typed])));
      expect(problem, typed).toMatch(
        new RegExp(
          `^Không đọc được --port ${typed}: .*1–65535.*${STATION_PORT}.*\\nCannot read --port ${typed}: .*1–65535.*${STATION_PORT}`,
          's',
        ),
      );
      expect(problem, typed).not.toMatch(/địa chỉ|address|--code/);
    }
  });
});
