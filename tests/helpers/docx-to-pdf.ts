/**
 * A .docx as a word processor lays it out: LibreOffice headless converts it to PDF, which the export
 * tests then read back like the app's own PDFs (tests/integration/exports/export-setup.ts). Installed by
 * .ci/run (libreoffice-writer-nogui).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fontPath } from '../../main/export/resources';

/**
 * The fonts LibreOffice may use: the machine's, and the app's own Liberation Serif, which fontconfig
 * takes for Times New Roman (same widths), so the pages break where Word breaks them with Times New Roman,
 * not where a wider stand-in (Noto Serif on a bare machine) would push them. For soffice alone.
 */
function fontConfig(profile: string): string {
  const file = join(profile, 'fonts.conf');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${dirname(fontPath('regular'))}</dir>`,
      `  <cachedir>${join(profile, 'font-cache')}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * Converts every file in one soffice run (LibreOffice starts once: that start is most of the time) and
 * returns the PDF of each, by the .docx's path. A private profile, removed after, so runs in parallel do
 * not wait on each other's lock and no setting of the machine's own LibreOffice changes the layout.
 */
export function docxToPdf(files: readonly string[], outDir: string): Map<string, string> {
  // soffice names each PDF after its .docx, all in one folder
  const names = files.map((f) => basename(f));
  if (new Set(names).size !== names.length) throw new Error(`two .docx of the same name: ${names.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'congress-desk-soffice-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 170_000, env: { ...process.env, FONTCONFIG_FILE: fontConfig(profile) } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(
    files.map((file) => {
      const pdf = join(outDir, basename(file).replace(/\.docx$/i, '.pdf'));
      if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}`);
      return [file, pdf];
    }),
  );
}
