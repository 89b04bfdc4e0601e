/**
 * «In» in the desktop app (main/electron/print-pdf.ts): a window.open of /printable/<sha256>.pdf
 * from the operator's page opens the last export's PDF in a print window of its own session;
 * any other address stays refused and opens nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeBrowserWindow, FakeSession, FakeWebContents, resetFakes } from './fake-electron';
import { hardenContents } from '../../../main/electron/security';
import { printableExports } from '../../../main/electron/print-pdf';

vi.mock('electron', () => import('./fake-electron'));

const SHA = 'ab'.repeat(32);
let dir: string;
let pdf: string;

beforeEach(() => {
  resetFakes();
  dir = mkdtempSync(join(tmpdir(), 'print-'));
  pdf = join(dir, 'The-dai-bieu.pdf');
  writeFileSync(pdf, '%PDF-1.7\n');
  printableExports.remember('exports:run', { ok: true, value: { files: [{ path: pdf, bytes: 9, sha256: SHA }] } });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function operatorContents(): FakeWebContents {
  const contents = new FakeWebContents(new FakeSession());
  hardenContents(contents as never, 'file:///app/dist/renderer/index.html');
  return contents;
}

describe('printing an export in Electron', () => {
  it('opens the PDF just exported in a print window with the viewer, and still denies the popup', () => {
    const contents = operatorContents();
    expect(contents.windowOpenHandler?.({ url: `file:///printable/${SHA}.pdf` })).toEqual({ action: 'deny' });
    const [win] = FakeBrowserWindow.all;
    expect(win?.loadedUrl).toBe(pathToFileURL(pdf).toString());
    expect(win?.options).toMatchObject({ webPreferences: { partition: 'congress-desk-print', sandbox: true, plugins: true } });
    const print = vi.fn();
    Object.assign(win!.webContents, { print });
    win!.webContents.emit('did-finish-load');
    expect(print).toHaveBeenCalledOnce();
  });

  it('opens nothing for another address or a PDF not from the last export', () => {
    const contents = operatorContents();
    contents.windowOpenHandler?.({ url: 'https://example.com/x.pdf' });
    contents.windowOpenHandler?.({ url: `file:///printable/${'cd'.repeat(32)}.pdf` });
    printableExports.remember('exports:run', { ok: true, value: { files: [] } });
    contents.windowOpenHandler?.({ url: `file:///printable/${SHA}.pdf` });
    expect(FakeBrowserWindow.all).toEqual([]);
  });
});
