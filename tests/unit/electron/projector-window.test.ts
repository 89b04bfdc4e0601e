import { display, FakeBrowserWindow, resetFakes, screen } from './fake-electron';
import { ProjectorWindow, type ScreenLike } from '../../../main/electron/projector-window';

vi.mock('electron', () => import('./fake-electron'));

const HALL = display(2, 1920, 1280, 720);
let projector: ProjectorWindow;

beforeEach(() => {
  resetFakes();
});
afterEach(() => projector.dispose());

function start(): FakeBrowserWindow {
  projector = new ProjectorWindow('/app', screen as unknown as ScreenLike);
  projector.start();
  const win = FakeBrowserWindow.all.at(-1)!;
  win.emit('ready-to-show');
  return win;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const cursorHidden = (win: FakeBrowserWindow) => [...win.webContents.css.values()].some((css) => css.includes('cursor: none'));

describe('with a second display', () => {
  beforeEach(() => {
    screen.displays = [display(1, 0), HALL];
  });

  it('opens full screen on the display that is not primary, without taking the keyboard', () => {
    const win = start();
    expect(win.options).toMatchObject({ fullscreen: true, x: 1920, y: 0, width: 1280, height: 720 });
    expect(win.visible).toBe(true);
    expect(win.shownInactive).toBe(true);
  });

  it('hides the mouse pointer once the page has loaded, again after a reload', async () => {
    const win = start();
    win.webContents.emit('did-finish-load');
    await settle();
    expect(cursorHidden(win)).toBe(true);
    win.webContents.css.clear(); // what a reload does
    win.webContents.emit('did-finish-load');
    await settle();
    expect(cursorHidden(win)).toBe(true);
  });

  it('follows the projector when it changes resolution, and stays put when nothing moved', async () => {
    const win = start();
    win.webContents.emit('did-finish-load');
    await settle();
    const before = win.fullscreenChanges;
    screen.change({ ...HALL }); // e.g. the work area of the operator's screen changed
    expect(win.fullscreenChanges).toBe(before);
    const xga = display(2, 1920, 1024, 768);
    screen.change(xga);
    await settle();
    expect(win.bounds).toEqual(xga.bounds);
    expect(win.fullscreen).toBe(true);
    expect(win.visible).toBe(true);
    expect(cursorHidden(win)).toBe(true);
  });

  it('moves to the other display when the operator makes the projector the primary one', () => {
    const win = start();
    screen.change(HALL, 2);
    expect(win.bounds).toEqual(display(1, 0).bounds);
    expect(win.fullscreen).toBe(true);
  });

  it('goes back to a hidden ordinary window when the projector is unplugged, pointer back', async () => {
    const win = start();
    win.webContents.emit('did-finish-load');
    await settle();
    screen.unplug(2);
    await settle();
    expect(win.fullscreen).toBe(false);
    expect(win.bounds.x).toBeLessThan(1920);
    expect(win.visible).toBe(false);
    expect(cursorHidden(win)).toBe(false);
  });
});

describe('with a single display', () => {
  it('is built as an ordinary window and stays hidden until asked for', () => {
    const win = start();
    expect(win.options.fullscreen).toBe(false);
    expect(win.bounds.x + win.bounds.width).toBeLessThanOrEqual(1920);
    expect(win.visible).toBe(false);
    win.webContents.emit('did-finish-load');
    expect(cursorHidden(win)).toBe(false);
  });

  it('shows and hides with toggle (F5), focused so the operator can drag it', () => {
    const win = start();
    projector.toggle();
    expect(win.visible).toBe(true);
    expect(win.shownInactive).toBe(false);
    projector.toggle();
    expect(win.visible).toBe(false);
  });

  it('moves to a projector plugged in later, full screen and shown', async () => {
    const win = start();
    win.webContents.emit('did-finish-load');
    screen.plug(HALL);
    await settle();
    expect(win.bounds).toEqual(HALL.bounds);
    expect(win.fullscreen).toBe(true);
    expect(win.visible).toBe(true);
    expect(cursorHidden(win)).toBe(true);
  });

  it('only hides when closed, so the menu can bring it back; closes for real when quitting', () => {
    const win = start();
    projector.show();
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.visible).toBe(false);
    projector.allowClose();
    win.close();
    expect(win.destroyed).toBe(true);
    expect(projector.window).toBeNull();
  });

  it('stops following displays once disposed', () => {
    start();
    projector.dispose();
    expect(screen.listenerCount('display-added')).toBe(0);
    expect(screen.listenerCount('display-removed')).toBe(0);
    expect(screen.listenerCount('display-metrics-changed')).toBe(0);
  });
});
