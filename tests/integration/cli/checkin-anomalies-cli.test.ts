import { join } from 'node:path';
import { Engine } from '../../../main/engine/engine';
import { newRequestId } from '../../../shared/contract/envelope';
import { officialDelegate } from '../ballots/ballot-setup';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('congress-anomalies-', (d) => (dir = d));

/** `checkin anomalies` reads what the hall's desks left in the file: a card scanned at two desks (docs/hall-network.md §8). */
describe('command line: check-in anomalies', () => {
  it('lists a delegate scanned at two desks, with both desks', async () => {
    const file = join(dir, 'c.congress');
    const engine = new Engine({ workspaceDir: join(dir, 'home'), rememberRecent: false, backups: { enabled: false } });
    try {
      await engine.call('congress:create', { name: 'Đại hội CLI', path: file });
      await engine.call('delegates:create', officialDelegate(1));
      for (const [deviceId, deviceName] of [
        ['d-a', 'Bàn cửa A'],
        ['d-b', 'Bàn cửa B'],
      ] as const)
        await engine.invoke(
          'checkin:scan',
          { code: 'DB001' },
          { requestId: newRequestId(), caller: { role: 'checkin-desk', deviceId, deviceName } },
        );
    } finally {
      engine.close();
    }
    const read = await cli('checkin', 'anomalies', file);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.out)).toEqual([
      expect.objectContaining({
        delegateCode: 'DB001',
        place: { role: 'checkin-desk', deviceId: 'd-b', deviceName: 'Bàn cửa B' },
        firstPlace: { role: 'checkin-desk', deviceId: 'd-a', deviceName: 'Bàn cửa A' },
        acknowledgedAt: null,
      }),
    ]);
  });
});
