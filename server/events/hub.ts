import type { Db, Sql } from '../db/db.js';

/** A change pushed to browsers; `topic` is what they subscribe to (a product, poll or board id). */
export interface LiveEvent {
  readonly site: string;
  readonly kind: 'like' | 'wish' | 'rating' | 'poll' | 'idea' | 'question';
  readonly topic: string;
  readonly data: Record<string, unknown>;
}

const CHANNEL = 'sc_events';

/** Announces `event` when `tx` commits (and never if it rolls back), to every server copy. */
export async function publish(tx: Sql, event: LiveEvent): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
}

type Send = (event: LiveEvent) => void;

/**
 * Fans NOTIFYs out to this process's event streams. One LISTEN per process, whatever the
 * number of streams; subscribers are indexed by site and topic so a change costs only
 * the streams that asked for it.
 */
export class EventHub {
  private readonly byTopic = new Map<string, Set<Send>>();

  private constructor(readonly stop: () => Promise<void>) {}

  static async start(db: Db): Promise<EventHub> {
    let hub: EventHub | undefined;
    const stop = await db.listen(CHANNEL, (payload) => hub?.dispatch(payload));
    hub = new EventHub(stop);
    return hub;
  }

  /** Calls `send` for each event on one of `topics` (kind and id) of `site`; returns the unsubscribe function. */
  subscribe(site: string, topics: readonly (readonly [LiveEvent['kind'], string])[], send: Send): () => void {
    const keys = topics.map(([kind, id]) => key(site, kind, id));
    for (const k of keys) {
      const set = this.byTopic.get(k) ?? new Set();
      set.add(send);
      this.byTopic.set(k, set);
    }
    return () => {
      for (const k of keys) {
        const set = this.byTopic.get(k);
        set?.delete(send);
        if (set?.size === 0) this.byTopic.delete(k);
      }
    };
  }

  private dispatch(payload: string): void {
    const event = JSON.parse(payload) as LiveEvent;
    this.byTopic.get(key(event.site, event.kind, event.topic))?.forEach((send) => send(event));
  }
}

const key = (site: string, kind: string, id: string): string => `${site}\n${kind}\n${id}`;
