/**
 * The hall network under load and faults (docs/hall-network.md §5, docs/command-path.md step 6):
 * 4 desks and 3 stations against the laptop in a child process, links cut by the devices and the
 * laptop SIGKILLed at random at least 10 times. Nothing acknowledged is lost or doubled, nothing
 * unsent appears, every repeat at another desk is reported to its desk and kept once for the operator. The size (1,500 delegates,
 * 348 papers a pass, 12 kills); HALL_CAMPAIGN_QUICK=1 for a small run (campaign/hall-campaign.ts).
 */
import { hallCampaign, sizesFromEnvironment } from './campaign/hall-campaign';

describe('the hall campaign: desks and stations through SIGKILLs of the laptop', () => {
  it('loses, doubles and invents nothing, and reports every repeat', { timeout: 600_000 }, async () => {
    const sizes = sizesFromEnvironment();
    const r = await hallCampaign(sizes, (line) => process.stdout.write(`  ${line}\n`));
    process.stdout.write(
      [
        `hall campaign: ${sizes.delegates} delegates (+${sizes.repeats} repeats) at 4 desks, ${sizes.papers} papers × 3 passes × 55 names`,
        `  commands ${r.commands}, retries ${r.retries} (${r.drops} links cut by the devices, ${r.alreadyDone} answered ALREADY_DONE)`,
        `  kills ${r.kills} (${r.killsUnderLoad} under load), ${r.starts} starts on one pin and one set of credentials, repeats reported ${r.repeatsReported}/${r.repeatsMade}, anomalies kept ${r.anomalies}`,
        `  lost ${r.lost.length}, duplicated ${r.duplicated.length}, unexpected ${r.unexpected.length}, other answers ${r.otherAnswers.length}`,
        ...r.streams.map(
          (f, i) =>
            `  ${i === 0 ? 'desk' : 'station'} event stream: ${f.events} events, ${f.connections} connections (${f.cuts} cut), ${f.rereads} rereads, ${f.disorder.length} out of order`,
        ),
        `  desk stream resumed within a run: ${r.missedAfterResume.length} events missed`,
        `  duration ${(r.durationMs / 1000).toFixed(1)} s`,
        '',
      ].join('\n'),
    );
    expect({ lost: r.lost, duplicated: r.duplicated, unexpected: r.unexpected, otherAnswers: r.otherAnswers }).toEqual({
      lost: [],
      duplicated: [],
      unexpected: [],
      otherAnswers: [],
    });
    expect(r.repeatsReported).toBe(r.repeatsMade);
    expect(r.anomalies).toBeGreaterThan(0); // each one checked against the repeats in checkCampaign
    expect(r.killsUnderLoad).toBeGreaterThanOrEqual(10);
    // Each stream resumed after every kill (a new run: reread) and every cut (nothing twice).
    for (const stream of r.streams) {
      expect(stream.disorder).toEqual([]);
      expect(stream.rereads).toBeGreaterThanOrEqual(r.killsUnderLoad);
      expect(stream.events).toBeGreaterThan(0);
    }
    expect(r.missedAfterResume).toEqual([]);
    expect(r.commands).toBe(sizes.delegates + sizes.repeats + 3 * sizes.papers);
  });
});
