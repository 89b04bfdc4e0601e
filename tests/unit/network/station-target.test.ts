/**
 * What a device in station mode is told after `--station` (docs/hall-network.md «Chế độ trạm»): the
 * pairing QR's link, or an address with the typed code and, maybe, the fingerprint as people copy it.
 */
import { normalizeFingerprint, stationTarget } from '../../../main/network/station-target';

const PIN = 'ab'.repeat(32);
const COLONS = 'AB:'.repeat(31) + 'AB';

describe('station mode: which laptop to work for', () => {
  it('reads the QR link: address, port, code and the pin', () => {
    expect(stationTarget(`https://192.168.1.10:4871/pair#code=ABCD-EFGH&fp=sha256:${PIN}`)).toEqual({
      address: '192.168.1.10',
      port: 4871,
      code: 'ABCD-EFGH',
      fingerprint: COLONS,
    });
  });

  it('reads an address with the typed code; the port defaults to the hall network’s; no pin unless given', () => {
    expect(stationTarget('192.168.1.10', { code: ' abcd-efgh ' })).toEqual({
      address: '192.168.1.10',
      port: 4871,
      code: 'abcd-efgh',
      fingerprint: null,
    });
    expect(stationTarget('https://10.0.0.5:5000', { fingerprint: `sha256:${PIN}` })).toEqual({
      address: '10.0.0.5',
      port: 5000,
      code: null,
      fingerprint: COLONS,
    });
  });

  it('takes a fingerprint with or without colons, in any case; refuses anything else', () => {
    expect(normalizeFingerprint(COLONS.toLowerCase())).toBe(COLONS);
    expect(normalizeFingerprint(PIN.toUpperCase())).toBe(COLONS);
    expect(normalizeFingerprint('AB:CD')).toBeNull();
    expect(normalizeFingerprint('zz'.repeat(32))).toBeNull();
  });

  it('names nothing when nothing is given (the device uses what it kept), and refuses what is not an address', () => {
    expect(stationTarget(undefined)).toBeNull();
    expect(stationTarget('not an address at all')).toBeNull();
  });

  it('takes IPv4 and bracketed IPv6 literals and DNS names, with or without https:// and a port', () => {
    const at = (typed: string) => {
      const target = stationTarget(typed);
      return target && `${target.address} ${target.port}`;
    };
    expect(at('10.0.0.5:1')).toBe('10.0.0.5 1');
    expect(at('http://10.0.0.5:65535/')).toBe('10.0.0.5 65535');
    expect(at('[fe80::1]:5000')).toBe('fe80::1 5000');
    expect(at('https://[FD00::A:1]')).toBe('fd00::a:1 4871');
    expect(at('laptop-1.hoi-truong.local:4900')).toBe('laptop-1.hoi-truong.local 4900');
    expect(at('Ban-Dieu-Hanh')).toBe('ban-dieu-hanh 4871');
    expect(at(`${'a'.repeat(63)}.vn`)).toBe(`${'a'.repeat(63)}.vn 4871`);
  });

  it('refuses odd host names, an empty host and ports out of range, before anything is dialled', () => {
    for (const typed of [
      'nope!',
      'a b',
      'https://',
      'http://',
      'http://ju nk',
      'https://<script>',
      'http://%41%42',
      'user@10.0.0.5',
      'ftp://10.0.0.5',
      ':4871',
      '10.0.0.5:0',
      '10.0.0.5:65536',
      '10.0.0.5:',
      '10.0.0.5:48x1',
      '10.0.0.5/pair/other',
      '10.0.0.256',
      '1234',
      '10.0.0.5.',
      'a..b',
      '-laptop',
      'laptop-',
      `${'a'.repeat(64)}.vn`,
      'fe80::1',
      '[fe80::g]',
      '[10.0.0.5]',
      'đại-hội.vn',
    ]) {
      expect(stationTarget(typed, { code: 'ABCD-EFGH' }), typed).toBeNull();
    }
  });

  it('holds the QR link to the same rule: a link naming a port out of range or an odd host names nothing', () => {
    const link = (host: string) => `https://${host}/pair#code=ABCD-EFGH&fp=sha256:${PIN}`;
    expect(stationTarget(link('[fe80::1]:4871'))).toMatchObject({ address: 'fe80::1', port: 4871 });
    expect(stationTarget(link('10.0.0.5:0'))).toBeNull();
    expect(stationTarget(link('nope!:4871'))).toBeNull();
  });
});
