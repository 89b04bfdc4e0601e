/**
 * A delegate scanned at two desks (docs/hall-network.md «Khi có sự cố»): over real TLS from two
 * paired desks, the second scan is refused to its desk, counted once, and kept for the operator as an
 * anomaly (audited with both desks and both times, pushed as `checkin:anomaly`, read and acknowledged
 * by the operator alone); a retried request, even after the laptop restarted, keeps it once.
 */
import type { CheckinAnomaly } from '../../../shared/contract/anomaly-channels';
import type { StreamMessage } from '../../../shared/contract/envelope';
import { Engine } from '../../../main/engine/engine';
import { verifyCongressFile } from '../../../main/db/verify';
import { closeHall, type Hall, openHall, settle } from './hall-setup';

let hall: Hall;
beforeEach(async () => {
  hall = await openHall();
});
afterEach(async () => {
  await closeHall(hall);
});

const eventsNamed = (got: StreamMessage[], name: string) =>
  got.flatMap((m) => ('name' in m && m.name === name ? [m.payload as { anomaly: CheckinAnomaly }] : []));

async function until(check: () => boolean, ms = 2000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await settle(20);
  return check();
}

const presentCount = (h: Hall) =>
  h.t.engine.context().db.prepare("SELECT count(*) FROM attendance WHERE state = 'present'").pluck().get() as number;

describe('a delegate scanned at two desks', () => {
  it('is refused at the second desk, counted once, and shown to the operator as an anomaly naming both desks', async () => {
    const state = await hall.start();
    const a = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const b = await hall.pair(state, 'Bàn cửa B', 'checkin-desk');
    const operator = await hall.operatorEvents();
    const deskA = hall.client(state);
    const deskB = hall.client(state);
    const streamB = await deskB.events(b.credential);

    expect((await deskA.call(a.credential, 'checkin:scan', { code: 'DB001' })).body.ok).toBe(true);
    const requestId = '6f1c2a3b-4d5e-4f60-8172-839405a6b7c8';
    const second = await deskB.call(b.credential, 'checkin:scan', { code: 'DB001' }, requestId);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN', key: 'checkin.already' } });
    expect(presentCount(hall)).toBe(1);

    // The operator hears it at once, with both desks; a desk never does.
    expect(await until(() => eventsNamed(operator.got, 'checkin:anomaly').length === 1)).toBe(true);
    const heard = eventsNamed(operator.got, 'checkin:anomaly')[0]!.anomaly;
    expect(heard).toMatchObject({
      delegateCode: 'DB001',
      place: { role: 'checkin-desk', deviceId: b.device.id, deviceName: 'Bàn cửa B' },
      firstPlace: { role: 'checkin-desk', deviceId: a.device.id, deviceName: 'Bàn cửa A' },
      acknowledgedAt: null,
    });
    expect(Date.parse(heard.firstAt)).toBeLessThan(Date.parse(heard.at));
    const listed = await hall.op<CheckinAnomaly[]>('checkin:anomalies');
    expect(listed.value).toEqual([heard]);

    // The same request retried (its answer lost on the Wi-Fi) and the same desk again: nothing more.
    expect((await deskB.call(b.credential, 'checkin:scan', { code: 'DB001' }, requestId)).body.error?.code).toBe('ALREADY_CHECKED_IN');
    expect((await deskA.call(a.credential, 'checkin:scan', { code: 'DB001' })).body.error?.code).toBe('ALREADY_CHECKED_IN');
    expect((await hall.op<CheckinAnomaly[]>('checkin:anomalies')).value).toHaveLength(1);

    // The audit says which delegate, which desk sent it, when, and where the counted check-in was made.
    const audit = hall.t.engine.context().db.prepare("SELECT actor, after FROM audit WHERE action = 'anomaly.repeatCheckIn'").all() as {
      actor: string;
      after: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.actor)).toEqual(['checkin-desk', b.device.id, 'Bàn cửa B']);
    expect(JSON.parse(audit[0]!.after)).toEqual(heard);

    // The operator's alone: a desk may neither read nor acknowledge it.
    expect((await deskB.call(b.credential, 'checkin:anomalies', {}, null)).status).toBe(403);
    expect((await deskB.call(b.credential, 'checkin:acknowledgeAnomaly', { id: heard.id })).status).toBe(403);
    const acked = await hall.op<CheckinAnomaly>('checkin:acknowledgeAnomaly', { id: heard.id });
    expect(acked.value.acknowledgedAt).toEqual(expect.any(String));
    expect(await until(() => eventsNamed(operator.got, 'checkin:anomaly').length === 2)).toBe(true);
    expect(eventsNamed(streamB.got, 'checkin:anomaly')).toEqual([]);
    operator.ws.close();
    streamB.ws.close();
  });

  it('keeps one anomaly for a request retried after the laptop restarted, and the file verifies', async () => {
    const state = await hall.start();
    const a = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const b = await hall.pair(state, 'Bàn cửa B', 'checkin-desk');
    await hall.client(state).call(a.credential, 'checkin:scan', { code: 'DB002' });
    const requestId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await hall.client(state).call(b.credential, 'checkin:scan', { code: 'DB002' }, requestId);
    const path = hall.t.engine.context().path;
    await hall.host.close();
    hall.t.engine.close();

    const again = new Engine({ workspaceDir: hall.t.file('workspace'), now: () => new Date().toISOString() });
    try {
      await again.call('congress:open', { path });
      const caller = { role: 'checkin-desk' as const, deviceId: b.device.id, deviceName: b.device.name };
      const retried = await again.invoke('checkin:scan', { code: 'DB002' }, { requestId, caller });
      expect(retried).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });
      expect(await again.call('checkin:anomalies', {})).toHaveLength(1);
      // A new scan of the card at desk B (another request) is another anomaly.
      await again.invoke('checkin:scan', { code: 'DB002' }, { requestId: '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', caller });
      expect(await again.call('checkin:anomalies', {})).toHaveLength(2);
    } finally {
      again.close();
    }
    const report = verifyCongressFile(path);
    expect(report.ok).toBe(true);
  });
});
