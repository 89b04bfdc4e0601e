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
});
