import { randomUUID } from 'node:crypto';
import type { EventName } from '../../shared/contract/channels';
import type { EventStamp, StampedEvent } from '../../shared/contract/envelope';

/** How many recent events a reconnecting client can be given; an older gap re-reads instead. */
export const DEFAULT_EVENT_RING = 512;

export type Resume = { events: StampedEvent[] } | { reread: EventStamp };

/**
 * The engine's numbering of delivered events: 1, 2, 3… in each run, the run named by a random id
 * so a client can tell a restart. The last `size` events are kept, so a client that was cut off
 * for a moment gets exactly what it missed (docs/command-path.md).
 */
export class EventLog {
  readonly runId = randomUUID();
  private seq = 0;
  private readonly ring: StampedEvent[] = [];

  constructor(private readonly size = DEFAULT_EVENT_RING) {}

  record(name: EventName, payload: unknown): EventStamp {
    const stamped: StampedEvent = { runId: this.runId, seq: ++this.seq, name, payload };
    this.ring.push(stamped);
    if (this.ring.length > this.size) this.ring.shift();
    return { runId: this.runId, seq: stamped.seq };
  }

  position(): EventStamp {
    return { runId: this.runId, seq: this.seq };
  }

  /**
   * What a client that last saw `after` missed, or a single re-read: it saw another run, a number
   * this run never reached, or the first event it missed has already left the ring.
   */
  since(after: EventStamp): Resume {
    const oldest = this.ring[0]?.seq ?? this.seq + 1;
    if (after.runId !== this.runId || after.seq > this.seq || after.seq < oldest - 1 || !Number.isInteger(after.seq)) {
      return { reread: this.position() };
    }
    return { events: this.ring.slice(after.seq - oldest + 1) };
  }
}
