import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, fakeEvent } from './fake-electron';
import { launchedWith, useFakeDocuments } from './fake-documents';
import { congressPathFromArgv, startApp } from '../../../main/electron/lifecycle';

vi.mock('electron', () => import('./fake-electron'));

/**
 * A double-clicked .congress file (electron-builder.yml registers the extension) reaches the app as
 * an argument (Windows; Linux through the .desktop entry's %U) or as macOS's open-file event, which
 * can come before the app is ready.
 */
describe('the file a double-click hands over', () => {
  it('comes as a path after the executable, among Chromium switches', () => {
    const argv = ['/opt/Congress Desk/congress-desk', '--no-sandbox', '/home/u/Đại hội phường.congress', '--original-process-start-time=1'];
    expect(congressPathFromArgv(argv, '/home/u')).toBe('/home/u/Đại hội phường.congress');
  });

  it('comes as a file:// URL from a Linux file manager, percent-encoded', () => {
    const url = pathToFileURL('/home/u/Đại hội phường.congress').href;
    expect(url).toContain('%20'); // really encoded, so the decoding is what is tested
    expect(congressPathFromArgv(['/opt/Congress Desk/congress-desk', url], '/')).toBe('/home/u/Đại hội phường.congress');
  });

  it('is ignored when it is not a local congress file', () => {
    expect(congressPathFromArgv(['app', 'file:///home/u/notes.txt'], '/')).toBeNull();
    expect(congressPathFromArgv(['app', 'file://server/share/a.congress'], '/')).toBeNull(); // another machine's
    expect(congressPathFromArgv(['app', 'https://example.com/a.congress'], '/home/u')).toBeNull(); // local files only
  });
});

describe('startApp with a file handed over', { timeout: 30_000 }, () => {
  const docs = useFakeDocuments('congress-assoc-');
  const { earlierCongress } = docs;

  it('macOS: an open-file before the app is ready opens that file, not the last one', async () => {
    const clicked = earlierCongress('Nhấp đúp trong Finder');
    earlierCongress('Gần nhất'); // the last one opened, which would win otherwise
    const starting = startApp({ root: '/app' });
    const event = fakeEvent();
    app.emit('open-file', event, clicked); // startApp is still waiting for whenReady
    expect(event.defaultPrevented).toBe(true);
    const running = await starting;
    expect((await running!.engine.state()).congress?.path).toBe(clicked);
  });

  it('Linux: a file:// URL on the command line opens the file', async () => {
    const clicked = earlierCongress('Tệp từ trình quản lý tệp');
    earlierCongress('Gần nhất');
    const running = await launchedWith(pathToFileURL(clicked).href, () => startApp({ root: '/app' }));
    expect((await running!.engine.state()).congress?.path).toBe(clicked);
  });

  it('a file that cannot be opened says why in a dialog, and the app still starts on the last congress', async () => {
    const last = earlierCongress('Gần nhất');
    const running = await launchedWith(join(docs.documents, 'không có.congress'), () => startApp({ root: '/app' }));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', title: 'Không mở được đại hội' }));
    expect((await running!.engine.state()).congress?.path).toBe(last);
  });
});
