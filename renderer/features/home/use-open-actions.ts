import type { CongressInfo } from '../../../shared/contract/types';
import type { Result } from '../../../shared/contract/result';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

import { useFileDialog } from '../common/file-dialog-store';

export { useFileDialog } from '../common/file-dialog-store';

async function opened(r: Result<CongressInfo>): Promise<boolean> {
  const app = useApp.getState();
  if (!r.ok) {
    app.fail(r.error);
    return false;
  }
  app.setCongress(r.value);
  app.setView('checkin');
  await app.refresh();
  return true;
}

/** New / Open / Demo / Recent, shared by the home screen and the File menu. */
export function useOpenActions() {
  const setMode = useFileDialog((s) => s.setMode);
  return {
    startNew: () => setMode('new'),
    async startOpen() {
      const dialogs = client().bridge.dialogs;
      if (!dialogs) return setMode('open');
      const path = await dialogs.chooseCongressToOpen();
      if (path) await opened(await client().call('congress:open', { path }));
    },
    openDemo: async () => {
      await opened(await client().call('congress:openDemo', {}));
    },
    openPath: async (path: string) => opened(await client().call('congress:open', { path })),
    create: async (name: string, path?: string) => opened(await client().call('congress:create', { name, ...(path ? { path } : {}) })),
  };
}
