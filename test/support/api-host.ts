import { type ClientRequest, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createMember, type Scope } from '../../server/data/team.js';
import { startTestServer } from '../server/helpers/server.js';

/**
 * How the proxy in front of the real server behaves, to test what widgets do when the
 * network or the server fails:
 * - `up`: passes every request through;
 * - `down`: drops connections, as a server that is off or a lost network;
 * - `unavailable`: answers 503 with `Retry-After: 1` (or `retryAfter` seconds), as an overloaded server;
 * - `refuse-writes`: answers writes 403, as a server that refuses them for good;
 * - `hang`: never answers, as a server stuck behind a load balancer;
 * - `lose-answers`: passes writes through, so the server does the work, but never
 *   delivers its answer (stuck on the way back): the page times out;
 * - `drop-answers`: the same, but the connection drops once the server answered, so the
 *   page sees a network failure at once (and ky retries).
 * `times` limits a failure mode to that many requests, then the proxy is up again.
 */
export interface ApiMode {
  readonly mode: 'up' | 'down' | 'unavailable' | 'refuse-writes' | 'hang' | 'lose-answers' | 'drop-answers';
  readonly times?: number;
  /** The `Retry-After` of `unavailable`, in seconds. Default 1. */
  readonly retryAfter?: number;
}

/** The tables a browser test may count a site's rows of: what creates make. */
const COUNTED = ['orders', 'reviews', 'review_replies', 'review_reports', 'review_photos', 'polls', 'wishlists'] as const;
export interface RowCount {
  readonly site: string;
  readonly table: (typeof COUNTED)[number];
}

/** A fresh site's settings: `allowedOrigins` refuses every other page origin. */
export interface SiteOptions {
  readonly moderateReviews?: boolean;
  readonly allowedOrigins?: string[];
}

/** A team member to add to a site, as its holder would: a seller console signs in with their credential. */
export interface MemberRequest {
  readonly site: string;
  readonly name: string;
  readonly role: string;
  readonly scopes: readonly Scope[];
}

/** One shopper event for the insights, on a UTC day (`YYYY-MM-DD`), as recordActivity would have written it. */
export interface ActivityRow {
  readonly day: string;
  readonly kind: string;
  readonly visitor: string;
  readonly productId?: string;
  readonly network?: string;
  /** The poll or ask voted in. */
  readonly subject?: string;
  readonly value?: number;
}

/** A poll (or an ask) with the votes each option holds. */
export interface SeededPoll {
  readonly id: string;
  readonly kind: 'poll' | 'ask';
  readonly question: string;
  readonly options: readonly { readonly id: string; readonly label: string; readonly votes: number }[];
}

/** A data set of known answers for a site's insights. */
export interface ActivitySeed {
  readonly site: string;
  readonly events: readonly ActivityRow[];
  readonly polls?: readonly SeededPoll[];
}

/** What a browser test gets for a fresh site: the endpoint its adapter talks to. */
export interface ApiSite {
  readonly endpoint: string;
  readonly site: string;
  readonly secret: string;
}

async function startApiHost() {
  const server = await startTestServer();
  const upstream = new URL(server.url);
  let mode: { -readonly [K in keyof ApiMode]: ApiMode[K] } = { mode: 'up' };
  let requests: string[] = [];

  /** `forward`: pass the request on; `lose` or `drop`: pass it on, then keep or cut the answer; `done`: failed here. */
  const fail = (req: IncomingMessage, res: ServerResponse): 'forward' | 'lose' | 'drop' | 'done' => {
    const writes = mode.mode === 'refuse-writes' || mode.mode === 'lose-answers' || mode.mode === 'drop-answers';
    if (mode.mode === 'up' || (writes && req.method === 'GET')) return 'forward';
    if (mode.times !== undefined && mode.times-- <= 0) {
      mode = { mode: 'up' };
      return 'forward';
    }
    if (mode.mode === 'lose-answers') return 'lose';
    if (mode.mode === 'drop-answers') return 'drop';
    if (mode.mode === 'down') {
      req.socket.destroy();
      return 'done';
    }
    if (mode.mode === 'hang') return 'done';
    const refuse = mode.mode === 'refuse-writes';
    res.writeHead(refuse ? 403 : 503, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Retry-After',
      ...(refuse ? {} : { 'Retry-After': String(mode.retryAfter ?? 1) }),
    });
    const error = refuse ? { code: 'forbidden', message: 'Refused (test proxy).' } : { code: 'unavailable', message: 'Overloaded (test proxy).' };
    res.end(JSON.stringify({ error }));
    return 'done';
  };

  // Every connection the page holds, and each one's upstream, so that `cut` can end long-lived ones (event streams) as a server going away does.
  const sockets = new Set<Socket>();
  const upstreams = new Set<ClientRequest>();
  const proxy = createServer((req, res) => {
    // Preflights are the browser's, not the widget's: counted apart by the `OPTIONS` prefix.
    requests.push(`${req.method} ${req.url}`);
    const outcome = req.method === 'OPTIONS' ? 'forward' : fail(req, res);
    if (outcome === 'done') return;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        if (outcome === 'lose') return void answer.resume();
        if (outcome === 'drop') return void (answer.resume(), req.socket.destroy());
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    upstreams.add(forward.once('close', () => upstreams.delete(forward)));
    req.pipe(forward);
  });
  proxy.on('connection', (socket: Socket) => (sockets.add(socket), socket.once('close', () => sockets.delete(socket))));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    site: async (options: SiteOptions = {}): Promise<ApiSite> => {
      // A new site starts on a healthy server, whatever an earlier test file left the proxy doing.
      mode = { mode: 'up' };
      const { id, secret } = await server.site(options);
      return { endpoint, site: id, secret };
    },
    setMode: (next: ApiMode) => void (mode = { ...next }),
    /** Drops every open connection (event streams too), as a server that stops does; with mode `down`, reconnections fail until `up`. */
    cut: () => [...sockets, ...upstreams].forEach((connection) => connection.destroy()),
    /** Rows of a site in one of the tables creates write, as the database holds them. */
    count: async ({ site, table }: RowCount): Promise<number> => {
      if (!COUNTED.includes(table)) throw new Error(`Not a counted table: ${table}`);
      return (await server.services.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1`, [site]))[0]!.n;
    },
    /** Writes a known data set straight into the tables (the rollups follow by their trigger): events of past days, polls and their votes. */
    activity: async ({ site, events, polls = [] }: ActivitySeed): Promise<void> => {
      const column = <T>(pick: (row: ActivityRow) => T) => events.map(pick);
      await server.services.db.query(
        `INSERT INTO activity_events (site_id, at, kind, visitor, product_id, network, subject, value)
         SELECT $1, d::date + time '12:00' AT TIME ZONE 'UTC', k, v, p, n, s, x
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[]) AS e (d, k, v, p, n, s, x)`,
        [site, column((e) => e.day), column((e) => e.kind), column((e) => e.visitor), column((e) => e.productId ?? null), column((e) => e.network ?? null), column((e) => e.subject ?? null), column((e) => e.value ?? null)],
      );
      for (const poll of polls) {
        await server.services.db.query(`INSERT INTO polls (site_id, id, kind, question, options) VALUES ($1, $2, $3, $4, $5)`, [
          site, poll.id, poll.kind, poll.question, JSON.stringify(poll.options.map(({ id, label }) => ({ id, label }))),
        ]);
        for (const option of poll.options) {
          for (let vote = 0; vote < option.votes; vote++) {
            await server.services.db.query(`INSERT INTO poll_votes (site_id, poll_id, actor, option_id) VALUES ($1, $2, $3, $4)`, [site, poll.id, `${option.id}-${vote}`, option.id]);
          }
        }
      }
    },
    /** A new member's credential (`scm_…`), shown once as to the site holder. */
    member: async ({ site, ...who }: MemberRequest): Promise<string> => (await server.services.db.transaction((tx) => createMember(tx, site, who))).credential,
    /** Requests since the last call, as `METHOD /path?query`. */
    takeRequests: () => {
      const taken = requests;
      requests = [];
      return taken;
    },
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await server.close();
    },
  };
}

/** Browser tests reach the API host through `executeServerCommand('api-…')`. */
export function apiHostPlugin() {
  let host: ReturnType<typeof startApiHost> | undefined;
  return {
    name: 'api-host',
    // Started with the test server, not by the first test that asks: a new database takes
    // seconds, more on a busy machine, and a test's hook has ten.
    async serverStart() {
      host ??= startApiHost();
      await host;
    },
    async serverStop() {
      await (await host)?.close();
    },
    async executeCommand({ command, payload }: { command: string; payload?: unknown }) {
      if (!command.startsWith('api-')) return undefined;
      host ??= startApiHost();
      const api = await host;
      if (command === 'api-site') return api.site(payload as SiteOptions | undefined);
      if (command === 'api-mode') return api.setMode(payload as ApiMode), true;
      if (command === 'api-cut') return api.cut(), true;
      if (command === 'api-requests') return api.takeRequests();
      if (command === 'api-count') return api.count(payload as RowCount);
      if (command === 'api-member') return api.member(payload as MemberRequest);
      if (command === 'api-activity') return (await api.activity(payload as ActivitySeed), true);
      throw new Error(`Unknown command ${command}`);
    },
  };
}
