/**
 * The scanning channels (shared/contract/scan-channels.ts). The pages are read in a worker thread on
 * a copy of the congress (main/workers/scan-job.ts), so check-ins and entry go on meanwhile; what
 * they say is then checked, numbered and recorded here, a batch a transaction (scan-batches.ts,
 * main/services/scan-service.ts), and a folder can be watched as the scanner fills it (scan-watch.ts).
 */
import type { CommandName } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import type { CongressContext } from '../services/context';
import { decidePendingPaper, pendingPapers } from '../services/scan-review-service';
import { sheetImage } from '../services/scan-images';
import { scanPaths } from '../files/scan-folder';
import type { ScanFile } from '../scan/scan-papers';
import type { Handlers } from './handler-table';
import { scanStack } from './scan-batches';
import { FolderWatch } from './scan-watch';

export type ScanChannel = Extract<
  CommandName,
  'papers:scan' | 'papers:watch' | 'papers:unwatch' | 'papers:watching' | 'papers:pending' | 'papers:sheetImage' | 'papers:decide'
>;

export function createScanHandlers(ctx: () => CongressContext): Pick<Handlers, ScanChannel> {
  /** One watch at a time in an engine: one scanner, one pass being filled. */
  let watch: FolderWatch | null = null;
  return {
    'papers:scan': ({ ballotId, pass, files, paths }) => {
      const scans: ScanFile[] = files
        ? files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') }))
        : scanPaths(paths ?? []);
      // each batch is told as it commits: what the operator saw announced is in the file
      return scanStack(ctx, { ballotId, pass }, scans, (report) =>
        ctx().emit('papers:scanned', { ballotId, pass, report, watch: watch?.state() ?? null }),
      );
    },
    'papers:pending': ({ ballotId }) => pendingPapers(ctx(), ballotId),
    'papers:decide': (d) => decidePendingPaper(ctx(), d),
    'papers:watch': (target) => {
      if (watch) throw AppError.of('SCAN_WATCHING', 'scan.watchBusy', { folder: watch.target.folder });
      const started: FolderWatch = new FolderWatch(ctx, target, () => {
        if (watch === started) watch = null;
      });
      watch = started;
      return started.state();
    },
    'papers:unwatch': async () => (watch ? await watch.stop() : null),
    'papers:watching': () => watch?.state() ?? null,
    'papers:sheetImage': (i) => sheetImage(ctx(), i),
  };
}
