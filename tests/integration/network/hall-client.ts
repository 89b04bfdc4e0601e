import { get } from 'node:https';
import WebSocket from 'ws';
import { newRequestId, type StreamMessage } from '../../../shared/contract/envelope';
import { pinnedConnect, pinnedPost } from '../../../main/network/pinned-connection';

/**
 * A device on the hall network as docs/hall-network.md describes it, written from that document:
 * every connection pinned to the laptop's fingerprint, JSON bodies, the credential in
 * X-Congress-Token, a fresh X-Request-Id on every command.
 */
export interface Answer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; key?: string } };
}

/** `from`: the device's own address (a loopback address in the tests, so the laptop sees another machine). */
export function hallClient(address: string, port: number, fingerprint: string, from?: string) {
  const connect = () => pinnedConnect(address, port, fingerprint, from ? { localAddress: from } : {});
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const answer = await pinnedPost(await connect(), { host: address, port, path }, JSON.stringify(body), headers);
    return { status: answer.status, body: JSON.parse(answer.body) as Answer['body'] };
  };
  return {
    post,
    /** A GET, as a browser that accepted the laptop's certificate sends it (the QR link's page). */
    async page(path: string): Promise<{ status: number; type: string; body: string }> {
      const socket = await connect();
      return new Promise((resolve, reject) => {
        get({ host: address, port, path, createConnection: () => socket }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            socket.destroy();
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body });
          });
        }).on('error', reject);
      });
    },
    pair: (code: string, name: string) => post('/pair', { code, name }),
    status: (requestId: string, claim: string) => post('/pair/status', { requestId, claim }),
    call: (credential: string, channel: string, input: unknown = {}, requestId: string | null = newRequestId()) =>
      post(`/api/${channel}`, input, { 'x-congress-token': credential, ...(requestId ? { 'x-request-id': requestId } : {}) }),
    /** The event stream, collecting every message; `closed` resolves with the close code. */
    async events(credential: string) {
      const socket = await connect();
      const ws = new WebSocket(`wss://${address}:${port}/events?token=${credential}`, { createConnection: () => socket });
      const got: StreamMessage[] = [];
      ws.on('message', (m) => got.push(JSON.parse(String(m)) as StreamMessage));
      const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
      await new Promise<void>((resolveOpen, reject) => {
        ws.once('open', () => resolveOpen());
        ws.once('error', reject);
      });
      return { ws, got, closed };
    },
  };
}
