import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/contract/result';

/** A command's body: the largest roster file (20 MB, ~27 MB as base64) fits with room to spare. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

/** After a 413, what the host still reads (and throws away) so the client can read the answer. */
const DRAIN_BYTES = MAX_BODY_BYTES;
const DRAIN_MS = 10_000;

/** The body as text, or null when it is larger than `limit` (declared so up front, or found so while reading). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      // Over the limit: stop keeping it; refuseTooLarge takes over the stream from here.
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      chunks.length = 0;
      resolveBody(null);
    };
    const onEnd = () => resolveBody(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/**
 * The 413 the client can actually read. Closing a connection while the client is still sending
 * makes the kernel answer with a TCP reset, and a reset throws away the answer the client has not
 * read yet: it saw ECONNRESET instead of the message. So the whole answer is sent at once (its
 * length declared, `Connection: close`), then the rest of the upload is read and thrown away, and
 * the connection ends when the client has finished — or is cut after DRAIN_BYTES more or
 * DRAIN_MS, so an endless upload costs the host no memory and a bounded time.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify({
    ok: false,
    error: AppError.of('INVALID_INPUT', 'host.tooLarge', { megabytes: MAX_BODY_BYTES / 1024 / 1024 }).toData(),
  });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  res.write(body);
  let drained = 0;
  const cut = () => {
    clearTimeout(timer);
    req.socket.destroy();
  };
  const timer = setTimeout(cut, DRAIN_MS);
  timer.unref();
  req.on('data', (c: Buffer) => {
    drained += c.length;
    if (drained > DRAIN_BYTES) cut();
  });
  req.on('end', () => {
    clearTimeout(timer);
    res.end();
  });
  req.on('error', cut);
  req.resume();
}
