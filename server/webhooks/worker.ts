import type { Db } from '../db/db.js';
import { loggable } from '../http/errors.js';
import { createLog, type Log } from '../log.js';
import type { Allowable } from './addresses.js';
import { WEBHOOK_CHANNEL } from './enqueue.js';
import { claimDue, type DueDelivery, recordAttempt, secondsToNextDue } from './queue.js';
import { ID_HEADER, send, SIGNATURE_HEADER, sign } from './send.js';

export interface DeliveryOptions {
  /** Address classes beyond public ones that receivers may have (the operator's WEBHOOKS_ALLOW). */
  readonly allowed: ReadonlySet<Allowable>;
  /** Milliseconds one POST may take, connecting included. Default 5 000. */
  readonly timeout?: number;
  readonly log?: Log;
}

/** Deliveries sent side by side. */
const BATCH = 10;
/** Even with no NOTIFY heard (a LISTEN connection being re-made), due deliveries go out within this many seconds. */
const LOOK_EVERY = 60;

/**
 * Sends due webhook deliveries: woken by the NOTIFY an enqueueing transaction sends when it
 * commits, and by a timer for retries. Any number of server copies may run one each.
 */
export class DeliveryWorker {
  private running: Promise<void> | undefined;
  private wokenWhileRunning = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private unlisten: () => Promise<void> = async () => undefined;
  private readonly timeout: number;
  private readonly log: Log;

  private constructor(
    private readonly db: Db,
    private readonly options: DeliveryOptions,
  ) {
    this.timeout = options.timeout ?? 5_000;
    this.log = options.log ?? createLog('silent');
  }

  static async start(db: Db, options: DeliveryOptions): Promise<DeliveryWorker> {
    const worker = new DeliveryWorker(db, options);
    worker.unlisten = await db.listen(WEBHOOK_CHANNEL, () => worker.wake());
    worker.wake();
    return worker;
  }

  /** Sends what is due now, then sleeps until the next delivery falls due. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.run().finally(() => (this.running = undefined));
  }

  /** Claims and sends due deliveries until none is left; resolves to how many were sent (delivered or not). */
  async drain(): Promise<number> {
    let sent = 0;
    while (!this.stopped) {
      const batch = await claimDue(this.db, BATCH, Math.ceil(this.timeout / 1000) + 30);
      if (!batch.length) break;
      await Promise.all(batch.map((delivery) => this.deliver(delivery)));
      sent += batch.length;
    }
    return sent;
  }

  /** No new claims; resolves once the sends under way are recorded (at most the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten();
    await this.running;
  }

  private async run(): Promise<void> {
    let wait = LOOK_EVERY;
    try {
      do {
        this.wokenWhileRunning = false;
        await this.drain();
      } while (this.wokenWhileRunning && !this.stopped);
      wait = Math.min(wait, (await secondsToNextDue(this.db)) ?? wait);
      // A NOTIFY heard while that was asked may be for a delivery it could not see yet.
      if (this.wokenWhileRunning) wait = 0;
    } catch (error) {
      this.log.error({ error: loggable(error as Error) }, 'webhook deliveries failed');
    }
    if (!this.stopped) this.timer = setTimeout(() => this.wake(), Math.max(wait * 1000, 100)).unref();
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { [ID_HEADER]: delivery.eventId, [SIGNATURE_HEADER]: sign(delivery.secret, timestamp, delivery.body) };
    const result = await send(delivery.url, delivery.body, headers, { allowed: this.options.allowed, timeout: this.timeout });
    await recordAttempt(this.db, delivery, { ...result, delivered: !result.error });
    this.log.debug({ delivery: delivery.id, event: delivery.eventId, attempt: delivery.attempts, status: result.status, delivered: !result.error }, 'webhook attempt');
  }
}
