/** The Electron hardening checklist items the other suites do not already assert. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeBrowserWindow, resetFakes } from './fake-electron';
import { ELECTRON_CSP } from '../../../main/electron/security';
import { createOperatorWindow, createProjectorWindow } from '../../../main/electron/windows';
import { CSP } from '../../../main/host/static-files';

vi.mock('electron', () => import('./fake-electron'));

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe('Electron hardening', () => {
  beforeEach(resetFakes);

  it('no Node in workers, no insecure content, in either window', () => {
    createOperatorWindow('/app');
    createProjectorWindow('/app', { bounds: { x: 0, y: 0, width: 1280, height: 720 }, fullscreen: false });
    for (const win of FakeBrowserWindow.all) {
      expect(win.options.webPreferences).toMatchObject({ nodeIntegrationInWorker: false, allowRunningInsecureContent: false });
    }
  });

  it('the window policy allows scripts from the app only, no eval, no plugins, and connects nowhere', () => {
    const policy = directives(ELECTRON_CSP);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(ELECTRON_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('the pages carry the same policy in a <meta> (what a file:// load is sure to honour)', () => {
    for (const page of ['index.html', 'projector.html']) {
      const html = readFileSync(join(import.meta.dirname, '../../../renderer', page), 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      // frame-ancestors is ignored in a <meta>; everything else matches the header
      expect(meta).toBe(CSP.replace(/; frame-ancestors 'none'/, ''));
    }
  });
});
