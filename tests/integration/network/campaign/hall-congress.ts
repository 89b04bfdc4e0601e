import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newRequestId } from '../../../../shared/contract/envelope';
import type { HallDevice, NetworkState, StationAssignment } from '../../../../shared/contract/network-schemas';
import { Engine } from '../../../../main/engine/engine';
import { localTokens } from '../../../../main/host/local-tokens';
import { names, settings } from '../../../helpers/ballot-settings';
import { personName } from '../../../helpers/crash-campaign';
import { rawRequest } from '../../../helpers/test-host';
import { DEVICE } from '../hall-setup';
import { hallClient } from '../hall-client';

export const CANDIDATES = 55;
export const PASSES = 3;

export const delegateCode = (i: number) => `DB${String(i + 1).padStart(4, '0')}`;

/**
 * The congress the campaign runs in, written before the laptop process first starts: `delegates`
 * imported as a roster, one paper ballot of 55 names entered in 3 passes, opened. The workspace
 * remembers it, so each start of the laptop reopens it (main/engine/engine.ts startUp).
 */
export async function prepareCongress(
  workspaceDir: string,
  file: string,
  delegates: number,
): Promise<{ ballotId: number; staticDir: string }> {
  const engine = new Engine({ workspaceDir, backups: { enabled: false } });
  try {
    await engine.call('congress:create', { name: 'Đại hội thử mạng hội trường', path: file });
    const rows = Array.from({ length: delegates }, (_, i) => `${delegateCode(i)},${personName(i)}`);
    const csv = `Mã đại biểu,Họ và tên\n${rows.join('\n')}\n`;
    await engine.call('roster:import', { fileName: 'dai-bieu.csv', contentBase64: Buffer.from(csv).toString('base64') });
    const ballot = await engine.call(
      'ballots:create',
      settings({ title: 'Bầu Ban Chấp hành (thử)', passes: PASSES, seats: 50, seatsApproved: 50 }),
    );
    // Distinct names without digits: personName is distinct for the first 1,200.
    const candidates = names(...Array.from({ length: CANDIDATES }, (_, i) => personName(1100 + i)));
    await engine.call('ballots:setCandidates', { id: ballot.id, candidates });
    await engine.call('ballots:open', { id: ballot.id });
    const staticDir = join(workspaceDir, '..', 'static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>hall</title>');
    return { ballotId: ballot.id, staticDir };
  } finally {
    engine.close();
  }
}

/** The operator's commands on the laptop's loopback host, with its kept token (main/host/local-tokens.ts). */
export function operatorOf(workspaceDir: string, loopbackPort: number) {
  const token = localTokens(workspaceDir).operator;
  return {
    token,
    async call<T>(channel: string, input: unknown = {}): Promise<T> {
      const r = await rawRequest(loopbackPort, `/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-congress-token': token, 'x-request-id': newRequestId() },
        body: JSON.stringify(input),
      });
      const body = JSON.parse(r.body) as { ok: boolean; value: T; error?: unknown };
      if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
      return body.value;
    },
  };
}

/** Pairs one device by the short code, approved through the operator's API; its credential. */
export async function pairDevice(
  operator: ReturnType<typeof operatorOf>,
  state: NetworkState,
  name: string,
  role: HallDevice['role'],
  assignment?: StationAssignment,
): Promise<string> {
  const pairing = await operator.call<{ code: string }>('network:pairing');
  const client = hallClient(state.address!, state.port!, state.fingerprint!, DEVICE);
  const answer = await client.pair(pairing.code, name);
  if (!answer.body.ok) throw new Error(`pairing ${name}: ${JSON.stringify(answer.body.error)}`);
  const asked = answer.body.value as { requestId: string; claim: string };
  await operator.call('network:approve', { requestId: asked.requestId, role, ...(assignment ? { assignment } : {}) });
  const status = (await client.status(asked.requestId, asked.claim)).body.value as { status: string; credential: string };
  if (status.status !== 'approved') throw new Error(`pairing ${name}: ${status.status}`);
  return status.credential;
}
