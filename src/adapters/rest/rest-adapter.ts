import ky, { type KyInstance, type Options } from 'ky';
import type { Adapter, AdapterChange, LikeState, LikesApi, SectionName } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { keepStorage, storage, type KeptStorage } from '../../core/storage.js';
import { toScErrorFromKy } from './rest-errors.js';

/** The resources RestAdapter serves, each loaded with the first widget that needs it. */
const sections: { readonly [K in SectionName]?: () => Promise<{ create(rest: RestAdapter): NonNullable<Adapter[K]> }> } = {
  reviews: () => import('./rest-reviews.js'),
  catalog: () => import('./rest-catalog.js'),
  wishlists: () => import('./rest-wishlists.js'),
  shares: () => import('./rest-shares.js'),
  polls: () => import('./rest-polls.js'),
  cart: () => import('./rest-cart.js'),
  ideas: () => import('./rest-ideas.js'),
  questions: () => import('./rest-questions.js'),
  coupons: () => import('./rest-coupons.js'),
};

/** The stream's back-off after it drops (a server restarting, the network gone), first and longest wait in ms. */
const RETRY_FIRST = 500;
const RETRY_MOST = 30_000;

/** The most ids the reference server reads in one request. */
const MAX_IDS = 500;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export interface RestAdapterOptions {
  /** Base URL of the reference server (or any server speaking its API), e.g. `https://api.shop.example`. */
  readonly endpoint: string;
  /** The site key. */
  readonly site: string;
  /** Milliseconds before one attempt counts as failed. Default 10 000. */
  readonly timeout?: number;
  /** Retries after the first attempt, on network errors, 408, 429 and 5xx (never other 4xx). Default 2. */
  readonly retries?: number;
  /** Opens a server-sent event stream for live counts of what was read. Costs one long-lived request. Default false. */
  readonly live?: boolean;
  /** Where the visitor token is kept. Default `localStorage` (memory for the visit where the browser denies it). */
  readonly storage?: KeptStorage;
}

/** Talks to the reference server's REST API (openapi.yaml) through ky. */
export class RestAdapter implements Adapter {
  readonly likes: LikesApi;
  private readonly api: KyInstance;
  /** The site's root in the API, which sections resolve their resources against (a photo's URL). */
  readonly base: URL;
  private readonly tokenKey: string;
  /** Where this adapter remembers things for the visitor: the visitor token, and its sections' notes. */
  readonly storage: KeptStorage;
  /** The signed-in customer's token, from `identify()`. */
  userToken?: string;
  private visitorToken?: Promise<string>;
  /** Where the browser denies storage, the access an earlier visit was granted, taken before the visitor token is read. */
  private readonly storageKept?: Promise<void>;
  /** What the event stream follows: every id read so far, as query pairs (`likes=sku-1`, `polls=ask_…`, `ideas=roadmap`). */
  private readonly followed = new Set<string>();
  private events?: EventSource;
  private listener?: (change: AdapterChange) => void;
  /** Milliseconds before the stream is opened again after it dropped: doubled at each failure, reset once it is open. */
  private reopenIn = RETRY_FIRST;
  /** The stream dropped and is not back yet. */
  private dropped = false;

  constructor(private readonly options: RestAdapterOptions) {
    // The API's version is ours to add: `…/v1` would ask for `/v1/v1/…`, which no server answers.
    const endpoint = options.endpoint.replace(/\/v1\/?$/, () => {
      void import('./rest-warnings.js').then(({ warnVersionedEndpoint }) => warnVersionedEndpoint(options.endpoint));
      return '';
    });
    // Throws on a malformed endpoint at configuration time, not on the first click.
    this.base = new URL(`v1/sites/${encodeURIComponent(options.site)}/`, new URL(endpoint.replace(/\/?$/, '/'), location.href));
    this.storage = options.storage ?? storage();
    // Where the browser denies storage (and `storage()` is memory), access granted on an earlier visit.
    this.storageKept = keepStorage(false);
    this.tokenKey = this.storageKey('visitor');
    this.api = ky.create({
      prefixUrl: this.base,
      // Default 10 s, as ky's own.
      timeout: options.timeout,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'put', 'delete', 'post'],
        // ky's status codes: 408, 413 (only with Retry-After), 429, 500, 502, 503, 504.
        // Retry-After is honoured on 429 and 503, up to 5 s: a longer wait (an ask limit
        // says an hour) is the outbox's, not a request hanging that long.
        backoffLimit: 5_000,
        maxRetryAfter: 5_000,
      },
    });
    this.likes = {
      read: async (ids) => {
        // The server takes up to MAX_IDS ids a request; larger batches go in parallel.
        const pages = await Promise.all(
          chunks(ids, MAX_IDS).map((page) =>
            this.request<{ likes: Record<string, LikeState> }>('likes', { searchParams: page.map((id) => ['ids', id]) }),
          ),
        );
        this.follow('likes', ids);
        return Object.assign({}, ...pages.map((page) => page.likes));
      },
      set: (productId, liked) =>
        this.request<LikeState>(`likes/${encodeURIComponent(productId)}`, { method: liked ? 'put' : 'delete' }, true),
    };
  }

  /** A storage key of this adapter's site and server, e.g. `visitor`. */
  storageKey(name: string): string {
    return `sc-widgets:${this.options.site}:${name}:${this.base.origin}`;
  }

  identify(userToken: string | undefined): void {
    this.userToken = userToken;
  }

  async section<K extends SectionName>(name: K): Promise<NonNullable<Adapter[K]>> {
    const load = sections[name];
    if (!load) throw new RefusedError(`RestAdapter has no ${name} yet`, 501);
    return (await load()).create(this);
  }

  watch(listener: (change: AdapterChange) => void): () => void {
    this.listener = listener;
    this.follow('likes', []);
    return () => {
      this.listener = undefined;
      this.events?.close();
    };
  }

  /**
   * One API call, for this adapter and its sections: `path` is relative to the site.
   * Reads send the visitor token when there is one (a first visit needs none: it has
   * liked nothing); writes (`needsVisitor`) get one first. A token the server no longer
   * accepts is replaced once.
   */
  async request<T>(path: string, options: Options = {}, needsVisitor = false, renewed = false): Promise<T> {
    await this.storageKept;
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    const stored = this.storage.getItem(this.tokenKey);
    const visitor = needsVisitor ? await this.ensureVisitorToken() : stored;
    if (visitor) headers['X-Visitor-Token'] = visitor;
    if (this.userToken) headers['X-User-Token'] = this.userToken;
    try {
      return await this.api(path, { ...options, headers }).json<T>();
    } catch (caught) {
      const error = await toScErrorFromKy(caught);
      if (!renewed && error instanceof RefusedError && error.reason === 'invalid_visitor_token') {
        this.storage.removeItem(this.tokenKey);
        this.visitorToken = undefined;
        return this.request(path, options, needsVisitor, true);
      }
      throw error;
    }
  }

  /** A create (POST) with its idempotency key as the header: ky's retries, and the person's, make it once. */
  create<T>(path: string, json: unknown, idempotencyKey: string): Promise<T> {
    return this.request<T>(path, { method: 'post', json, headers: { 'Idempotency-Key': idempotencyKey } }, true);
  }

  private ensureVisitorToken(): Promise<string> {
    const stored = this.storage.getItem(this.tokenKey);
    if (stored) return Promise.resolve(stored);
    this.visitorToken ??= this.api
      .post('visitors')
      .json<{ token: string }>()
      .then(
        ({ token }) => (this.storage.setItem(this.tokenKey, token), token),
        async (caught) => {
          this.visitorToken = undefined;
          throw await toScErrorFromKy(caught);
        },
      );
    return this.visitorToken;
  }

  /** With `live`, (re)opens the event stream for every id read so far; one that drops is said (`live` changes) and opened again. */
  follow(topic: 'likes' | 'polls' | 'ideas' | 'questions', ids: readonly string[]): void {
    const known = this.followed.size;
    ids.forEach((id) => this.followed.add(`${new URLSearchParams({ [topic]: id })}`));
    if (!this.options.live || !this.listener || !this.followed.size || (this.events && known === this.followed.size)) return;
    this.events?.close();
    const events = (this.events = new EventSource(`${new URL('events', this.base)}?${[...this.followed].join('&')}`));
    // The server's event data is the change itself: like `{ productId, count }`, poll `{ pollId, options, closed }`, idea `{ boardId, ideaId, votes, … }`, question `{ productId, questionId, answerCount, … }`.
    for (const kind of ['like', 'poll', 'idea', 'question'] as const) {
      events.addEventListener(kind, (event) => this.listener?.({ kind, ...JSON.parse((event as MessageEvent<string>).data) }));
    }
    events.onopen = () => {
      this.reopenIn = RETRY_FIRST;
      if (!this.dropped) return;
      this.dropped = false;
      this.listener?.({ kind: 'live', connected: true });
    };
    // The browser's own reconnection retries at a fixed pace, and gives up for good on an
    // error status (a proxy's 502 while the server restarts): reopened here instead, with
    // back-off and jitter, so a restarted server is not met by every page at once.
    events.onerror = () => {
      events.close();
      if (!this.dropped) {
        this.dropped = true;
        this.listener?.({ kind: 'live', connected: false });
      }
      setTimeout(() => {
        // Unless a stream for more ids replaced it meanwhile; `follow` opens one when there is none (and still a listener).
        if (this.events !== events) return;
        this.events = undefined;
        this.follow('likes', []);
      }, this.reopenIn * (0.5 + Math.random()));
      this.reopenIn = Math.min(this.reopenIn * 2, RETRY_MOST);
    };
  }
}
