/**
 * «In» in the browser host: the PDFs of the export just made are served back to the operator's
 * page at /printable/<sha256>.pdf for the browser's viewer to print, and nothing else is
 * (main/host/printable-exports.ts).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { RunningHost } from '../../../main/host/server';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import { type RawInit, rawRequest, useTestHost } from '../../helpers/test-host';
import type { TempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
let host: RunningHost;
const raw = (path: string, init?: RawInit) => rawRequest(host.port, path, init);
const api = (channel: string, body: unknown) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-congress-token': host.tokens.operator },
    body: JSON.stringify(body),
  });

useTestHost(
  (te, h) => {
    t = te;
    host = h;
  },
  { 'index.html': '<!doctype html><title>op</title>' },
);

/** The page's own cookie, as the operator's browser holds it after the first load. */
async function operatorCookie(): Promise<string> {
  const first = await raw(`/?token=${host.tokens.operator}`);
  return String((first.headers['set-cookie'] as string[])[0]!.split(';')[0]);
}

/** The bytes as they come (rawRequest reads text; a PDF is binary). */
function fetchBytes(path: string, cookie: string): Promise<{ status: number; type: unknown; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: host.port, path, headers: { host: `127.0.0.1:${host.port}`, cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

async function exportCards(out: string): Promise<{ path: string; sha256: string }> {
  const r = JSON.parse((await api('exports:run', { what: 'cards', format: 'pdf', out, ifExists: 'overwrite' })).body);
  expect(r.ok).toBe(true);
  return r.value.files.find((f: { path: string }) => f.path.endsWith('.pdf'));
}

describe('printing an export from the browser host', () => {
  beforeEach(async () => {
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: 'DB001', fullName: 'Nguyễn Văn An', status: 'official' });
  });

  it('serves the PDF just exported to the operator, inline, byte for byte', async () => {
    const pdf = await exportCards(t.file('ra'));
    const got = await fetchBytes(`/printable/${pdf.sha256}.pdf`, await operatorCookie());
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    expect(got.body.equals(readFileSync(pdf.path))).toBe(true);
  });

  it('refuses without the operator’s token, or with the projector’s', async () => {
    const pdf = await exportCards(t.file('ra'));
    expect((await raw(`/printable/${pdf.sha256}.pdf`)).status).toBe(401);
    expect((await raw(`/printable/${pdf.sha256}.pdf?token=${host.tokens.projector}`)).status).toBe(401);
  });

  it('serves only the last export’s PDFs: not an earlier one, not a made-up name', async () => {
    const cookie = await operatorCookie();
    const first = await exportCards(t.file('ra'));
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: 'DB002', fullName: 'Trần Thị Bình', status: 'official' });
    const second = await exportCards(t.file('ra2'));
    expect(second.sha256).not.toBe(first.sha256);
    expect((await fetchBytes(`/printable/${first.sha256}.pdf`, cookie)).status).toBe(404);
    expect((await fetchBytes(`/printable/${second.sha256}.pdf`, cookie)).status).toBe(200);
    expect((await fetchBytes('/printable/..%2Fsecret.txt', cookie)).status).toBe(404);
    expect((await fetchBytes(`/printable/${'0'.repeat(64)}.pdf`, cookie)).status).toBe(404);
  });
});
