import type { CommandName } from '../../shared/contract/channels';
import { readDocumentSettings, saveDocumentSettings } from '../export/document-settings';
import { runExport } from '../export/export-runner';
import type { FileHandlerHost } from './handler-host';
import type { Handlers } from './handler-table';

type ExportChannel = Extract<CommandName, `exports:${string}`>;

let jobs = 0;

/** The export channels of the contract; progress goes out as `exports:progress` while it runs. */
export function createExportHandlers(engine: FileHandlerHost): Pick<Handlers, ExportChannel> {
  const ctx = () => engine.context();
  return {
    'exports:settings': () => readDocumentSettings(ctx().db),
    'exports:saveSettings': (i) => saveDocumentSettings(ctx(), i),
    'exports:run': (i) => {
      const jobId = i.jobId ?? `export-${++jobs}`;
      const c = ctx();
      // A damaged file (found by the worker on its copy) is refused with the newest usable copy offered.
      return engine.backups.offerOnFailure(c.path, () =>
        runExport(c, i, (done, total, label) => engine.notifyNow('exports:progress', { jobId, done, total, label })),
      );
    },
  };
}
