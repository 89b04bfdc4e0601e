import type { BrowserWindow, Rectangle, Screen } from 'electron';
import { chooseProjectorDisplay, windowedBounds } from './displays';
import { createProjectorWindow, type ProjectorPlacement } from './windows';

export type ScreenLike = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on' | 'off'>;

const HIDE_CURSOR = '* { cursor: none !important; }';

const sameRect = (a: Rectangle, b: Rectangle) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The hall's window: full screen on the second display when there is one, following displays as
 * they are plugged in and out; otherwise a normal window the operator shows with F5 and drags.
 * Closing it only hides it, so the menu can bring it back until the app quits.
 */
export class ProjectorWindow {
  private win: BrowserWindow | null = null;
  private cursorCss: Promise<string> | null = null;
  private quitting = false;
  private onHall = false;

  constructor(
    private readonly root: string,
    private readonly screen: ScreenLike,
  ) {
    screen.on('display-added', this.displaysChanged);
    screen.on('display-removed', this.displaysChanged);
    // A projector switched to another resolution, or the displays rearranged or swapped primary.
    screen.on('display-metrics-changed', this.displaysChanged);
  }

  placement(): ProjectorPlacement {
    const primary = this.screen.getPrimaryDisplay();
    const hall = chooseProjectorDisplay(this.screen.getAllDisplays(), primary.id);
    return hall ? { bounds: hall.bounds, fullscreen: true } : { bounds: windowedBounds(primary.workArea), fullscreen: false };
  }

  get window(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  /** Creates the window; it appears by itself only when a hall display is there to take it. */
  start(): BrowserWindow {
    const win = this.ensure();
    if (this.onHall) win.once('ready-to-show', () => this.show());
    return win;
  }

  isVisible(): boolean {
    return this.window?.isVisible() ?? false;
  }

  show(): void {
    const win = this.ensure();
    // On the hall's display it must not take the keyboard from the operator's window.
    if (this.onHall) win.showInactive();
    else win.show();
  }

  hide(): void {
    this.window?.hide();
  }

  toggle(): void {
    if (this.isVisible()) this.hide();
    else this.show();
  }

  /** From before-quit on: let the window really close. */
  allowClose(): void {
    this.quitting = true;
  }

  dispose(): void {
    this.screen.off('display-added', this.displaysChanged);
    this.screen.off('display-removed', this.displaysChanged);
    this.screen.off('display-metrics-changed', this.displaysChanged);
  }

  private ensure(): BrowserWindow {
    const existing = this.window;
    if (existing) return existing;
    const placement = this.placement();
    const win = createProjectorWindow(this.root, placement);
    this.win = win;
    this.onHall = placement.fullscreen;
    this.cursorCss = null;
    win.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      win.hide();
    });
    win.on('closed', () => {
      if (this.win === win) this.win = null;
    });
    win.webContents.on('did-finish-load', () => {
      this.cursorCss = null; // a reload drops inserted CSS
      this.applyCursor();
    });
    return win;
  }

  private readonly displaysChanged = (): void => {
    const win = this.window;
    if (!win) return;
    const placement = this.placement();
    const wasOnHall = this.onHall;
    // Metrics change for trivial reasons too (a taskbar moved): a window already in place stays
    // put rather than flicker out of and back into full screen in front of the hall.
    if (wasOnHall && placement.fullscreen && sameRect(win.getBounds(), placement.bounds) && win.isFullScreen()) return;
    this.onHall = placement.fullscreen;
    // Windows will not move a full-screen window: leave full screen, move, re-enter.
    if (win.isFullScreen()) win.setFullScreen(false);
    win.setBounds(placement.bounds);
    if (placement.fullscreen) win.setFullScreen(true);
    this.applyCursor();
    // A projector plugged in mid-meeting gets the slide at once; when it goes away the window
    // would land over the operator's screen, so it hides until asked for (F5).
    if (placement.fullscreen && !wasOnHall) this.show();
    if (!placement.fullscreen && wasOnHall) this.hide();
  };

  /** No mouse pointer over the hall's slides; a draggable window keeps its pointer. */
  private applyCursor(): void {
    const contents = this.window?.webContents;
    if (!contents) return;
    if (this.onHall && !this.cursorCss) {
      this.cursorCss = contents.insertCSS(HIDE_CURSOR);
      this.cursorCss.catch(() => (this.cursorCss = null));
    } else if (!this.onHall && this.cursorCss) {
      const key = this.cursorCss;
      this.cursorCss = null;
      void key.then((k) => contents.removeInsertedCSS(k)).catch(() => undefined);
    }
  }
}
