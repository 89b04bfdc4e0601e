import WebSocket from 'ws';
import { RESUME_AFTER_PARAM, RESUME_RUN_PARAM } from '../../shared/contract/envelope';
import type { HallDevice } from '../../shared/contract/network-schemas';
import { peerFingerprint, pinnedConnect, pinnedPost } from './pinned-connection';
import { newStation, readStation, type StationRecord, writeStation } from './station-store';
import type { StationTarget } from './station-target';

export interface Relayed {
  status: number;
  body: string;
}

/** Thrown when neither the arguments nor the data folder name a laptop to work for. */
export class NoStationTarget extends Error {
  constructor() {
    super('No main laptop named: give its pairing link (or address and code) after --station');
    this.name = 'NoStationTarget';
  }
}

/**
 * A device's half of the hall network in station mode (docs/hall-network.md «Chế độ trạm»): every
 * connection to the laptop pinned to the fingerprint the pairing link carried (pinned-connection.ts:
 * checked before anything is written, so a forged gateway learns nothing), the credential kept in
 * the device's data folder (station-store.ts) and sent in place of whatever the local page sends.
 * The local page never sees the credential, and never has to accept an unknown certificate.
 */
export class StationLink {
  private record: StationRecord;

  constructor(
    private readonly dataDir: string,
    target: StationTarget | null,
    private readonly options: { localAddress?: string; onLearned?: (fingerprint: string) => void } = {},
  ) {
    const kept = readStation(dataDir);
    if (!target) {
      if (!kept) throw new NoStationTarget();
      this.record = kept;
      return;
    }
    const laptop = { address: target.address, port: target.port };
    // The same laptop is its pin; a laptop found at a new address (another hall's router) keeps the credential.
    const same = kept && (target.fingerprint ? kept.laptop.fingerprint === target.fingerprint : kept.laptop.address === target.address);
    this.record = same
      ? { ...kept, laptop: { ...laptop, fingerprint: kept.laptop.fingerprint } }
      : newStation({ ...laptop, fingerprint: target.fingerprint ?? '' });
    if (this.record.laptop.fingerprint) writeStation(dataDir, this.record);
  }

  get laptop(): string {
    return `${this.record.laptop.address}:${this.record.laptop.port}`;
  }
  get fingerprint(): string | null {
    return this.record.laptop.fingerprint || null;
  }
  get pageToken(): string {
    return this.record.pageToken;
  }
  get credential(): string | null {
    return this.record.credential;
  }
  get device(): StationRecord['device'] {
    return this.record.device;
  }

  private async connect() {
    const { address, port } = this.record.laptop;
    const from = this.options.localAddress ? { localAddress: this.options.localAddress } : {};
    if (!this.record.laptop.fingerprint) {
      // Set up by address and typed code: trust on first use, shown to the user to compare (§2), pinned from then on.
      const learned = await peerFingerprint(address, port, from);
      this.save({ ...this.record, laptop: { ...this.record.laptop, fingerprint: learned } });
      this.options.onLearned?.(learned);
    }
    return pinnedConnect(address, port, this.record.laptop.fingerprint, from);
  }

  private save(record: StationRecord): void {
    this.record = record;
    writeStation(this.dataDir, record);
  }

  /** The approval's credential, kept before the page is told it is paired. */
  keep(credential: string, device: Pick<HallDevice, 'id' | 'name' | 'role'>): void {
    this.save({ ...this.record, credential, device: { id: device.id, name: device.name, role: device.role } });
  }

  /** The laptop refused the credential (revoked, or another congress): it never works again. */
  forget(): void {
    if (this.record.credential) this.save({ ...this.record, credential: null, device: null });
  }

  /** A POST to the gateway over a pinned connection; rejects (PinMismatch, a network error) when it did not get there. */
  async post(path: string, body: string, headers: Record<string, string> = {}): Promise<Relayed> {
    const socket = await this.connect();
    const { address, port } = this.record.laptop;
    return pinnedPost(socket, { host: address, port, path }, body, headers);
  }

  /**
   * The device's event stream from the gateway (`run`/`after` passed on: it resumes where the page
   * left off). `onMessage` is attached before the socket opens: what the gateway sends at once
   * (the events missed) may arrive with the upgrade's answer.
   */
  async events(resume: URLSearchParams, onMessage: (text: string) => void): Promise<WebSocket> {
    const credential = this.record.credential;
    if (!credential) throw new Error('not paired');
    const socket = await this.connect();
    const url = new URL(`wss://${this.laptop}/events`);
    url.searchParams.set('token', credential);
    for (const name of [RESUME_RUN_PARAM, RESUME_AFTER_PARAM]) {
      const value = resume.get(name);
      if (value !== null) url.searchParams.set(name, value);
    }
    const ws = new WebSocket(url, { createConnection: () => socket });
    ws.on('message', (data) => onMessage(String(data)));
    return new Promise((resolveOpen, reject) => {
      ws.once('open', () => {
        ws.off('error', reject);
        resolveOpen(ws);
      });
      ws.once('error', reject); // a 403: the credential refused (revoked), or the network turned off
    });
  }
}
