/**
 * The scanning channels (shared/contract/scan-channels.ts). The pages are read in a worker thread on
 * a copy of the congress (main/workers/scan-job.ts), so check-ins and entry go on meanwhile; what
 * they say is then checked, numbered and recorded here, in one transaction (main/services/scan-service.ts).
 */
import type { CommandName } from '../../shared/contract/channels';
import { withSnapshot } from '../export/snapshot';
import type { CongressContext } from '../services/context';
import { decidePendingPaper, pendingPapers } from '../services/scan-review-service';
import { type ReadPage, recordScannedPages } from '../services/scan-service';
import { runJob } from '../workers/job-runner';
import type { ScanJobInput } from '../workers/scan-job';
import type { Handlers } from './handler-table';

export type ScanChannel = Extract<CommandName, 'papers:scan' | 'papers:pending' | 'papers:decide'>;

export function createScanHandlers(ctx: () => CongressContext): Pick<Handlers, ScanChannel> {
  return {
    'papers:scan': async ({ ballotId, pass, files }) => {
      const c = ctx();
      const scans = files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') }));
      const pages = await withSnapshot(c, (snapshotPath) =>
        runJob<ReadPage[]>('scan', { ballotId, files: scans, congressPath: c.path, snapshotPath, now: c.now() } satisfies ScanJobInput),
      );
      return recordScannedPages(ctx(), { ballotId, pass, pages });
    },
    'papers:pending': ({ ballotId }) => pendingPapers(ctx(), ballotId),
    'papers:decide': (d) => decidePendingPaper(ctx(), d),
  };
}
