import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandName } from '../../shared/contract/channels';
import { type Caller, REQUEST_ID_HEADER } from '../../shared/contract/envelope';
import { mayCall } from '../../shared/contract/roles';
import type { Engine } from '../engine/engine';
import { readBody, refuseTooLarge } from './request-body';
import { refuse, send } from './replies';
import { refuseCommand } from './role-gate';

export const API_PREFIX = '/api/';

/** The request id a client sent (X-Request-Id), as given: the gate refuses a malformed one. */
function requestIdOf(req: IncomingMessage): string | undefined {
  const header = req.headers[REQUEST_ID_HEADER.toLowerCase()];
  return Array.isArray(header) ? header.join(',') : header;
}

/**
 * One command over HTTP, the same for both hosts (docs/hall-network.md "Commands"): POST
 * /api/<channel>, the request id in X-Request-Id, the body only the command's input (JSON, within
 * the size limit). The role table is applied before the body is even read; the engine parses the
 * input with the channel's schema and checks the caller again. `answerHere` answers a host's own
 * request outside the contract (the loopback host's projector address) after the same gate.
 */
export async function serveCommand(
  engine: Pick<Engine, 'invoke'>,
  req: IncomingMessage,
  res: ServerResponse,
  caller: Caller,
  answerHere?: (channel: string) => unknown,
): Promise<void> {
  const channel = new URL(req.url ?? '/', 'http://x').pathname.slice(API_PREFIX.length);
  const requestId = requestIdOf(req);
  const refused = refuseCommand(caller, channel, requestId);
  if (refused) return send(res, mayCall(caller.role, channel) ? 400 : 403, refused);
  const body = await readBody(req);
  if (body === null) return refuseTooLarge(req, res);
  const own = answerHere?.(channel);
  if (own !== undefined) return send(res, 200, { ok: true, value: own });
  let input: unknown;
  try {
    input = body ? JSON.parse(body) : {};
  } catch {
    return refuse(res, 400, 'INVALID_INPUT', 'host.badJson');
  }
  const answer = await engine.invoke(channel as CommandName, input, { caller, ...(requestId === undefined ? {} : { requestId }) });
  send(res, 200, answer);
}
