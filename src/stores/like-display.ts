import { atom, onMount, type ReadableAtom } from 'nanostores';
import { $settings, readyAdapter, type Settings } from '../core/config.js';
import { onChange } from '../core/live.js';

/** What a shop's display shows of one product's likes. */
export interface LikeDisplayState {
  /** The last count the backend gave; absent until it first answers. */
  readonly count?: number;
  /**
   * The count is the backend's and follows each like as it comes. False before the first
   * answer, while the backend or its live stream is away, and until the count has been read
   * again after: a screen in a shop then says so rather than show an old number as current.
   */
  readonly live: boolean;
}

/** Back-off of the reads of a backend that does not answer, first and longest wait in ms. */
const RETRY_FIRST = 1_000;
const RETRY_MOST = 30_000;

/**
 * One product's count on a display. Unlike the like buttons' stores (src/stores/likes.ts), it
 * tells whether the number is current, and reads again whenever it may not be: after the live
 * stream came back, and on its own back-off while the backend does not answer, for as long as
 * the screen is on.
 */
class Display {
  readonly $state = atom<LikeDisplayState>({ live: false });
  /** Bumped by every read, so that only the latest one's answer counts. */
  private reads = 0;
  private wait = RETRY_FIRST;
  private retry?: ReturnType<typeof setTimeout>;

  constructor(readonly productId: string) {}

  async read(): Promise<void> {
    clearTimeout(this.retry);
    const read = ++this.reads;
    try {
      const found = await (await readyAdapter()).likes.read([this.productId]);
      if (read !== this.reads) return;
      this.wait = RETRY_FIRST;
      this.$state.set({ count: found[this.productId]!.count, live: true });
    } catch {
      if (read !== this.reads) return;
      this.behind();
      this.retry = setTimeout(() => void this.read(), this.wait);
      this.wait = Math.min(this.wait * 2, RETRY_MOST);
    }
  }

  /** The number stays, no longer said to be current. */
  behind(): void {
    this.$state.set({ ...this.$state.get(), live: false });
  }

  pushed(count: number): void {
    this.$state.set({ count, live: true });
  }

  stop(): void {
    this.reads++;
    clearTimeout(this.retry);
  }
}

/** The displays on screen. */
const shown = new Set<Display>();

/** The count of `productId` for a display, read when it shows and kept current while it does. */
export function likeDisplay(productId: string): ReadableAtom<LikeDisplayState> {
  const display = new Display(productId);
  onMount(display.$state, () => {
    shown.add(display);
    void display.read();
    return () => {
      display.stop();
      shown.delete(display);
    };
  });
  return display.$state;
}

onChange((change) => {
  for (const display of shown) {
    if (change.kind === 'like' && change.productId === display.productId) display.pushed(change.count);
    if (change.kind === 'live') change.connected ? void display.read() : display.behind();
  }
});

// Another backend or site: its counts are other numbers.
let previous: Settings = $settings.get();
$settings.listen((settings) => {
  const moved = settings.adapter !== previous.adapter || settings.site !== previous.site;
  previous = settings;
  if (moved) for (const display of shown) (display.behind(), void display.read());
});
