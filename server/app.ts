import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { mountAdmin } from './admin/sites.js';
import { authorizeShop } from './auth/shop-auth.js';
import { verifyUserToken } from './auth/user-token.js';
import { VisitorTokens } from './auth/visitor-token.js';
import type { Db } from './db/db.js';
import type { EventHub } from './events/hub.js';
import { checkHealth, HEALTH_PATH } from './health.js';
import { type Endpoint, honoPath, isShopAuth, type RouteSpec, scopeOf } from './http/endpoint.js';
import { cursorKey } from './http/cursor.js';
import type { AppEnv } from './http/env.js';
import { errorResponse, HttpError, onError } from './http/errors.js';
import { IDEMPOTENCY_HEADER } from './http/idempotency.js';
import { refuseUnstorable } from './http/storable.js';
import { clientAddress } from './limits/client-address.js';
import { OpenStreams } from './limits/open-streams.js';
import { VOTES_PER_ADDRESS } from './limits/anonymous-votes.js';
import { type RateLimit, RateLimiter } from './limits/rate-limit.js';
import { createLog, type Log } from './log.js';
import { COUPON_CHECKS_PER_ADDRESS } from './routes/coupons.js';
import { endpoints } from './routes/index.js';
import { VISITORS_PER_ADDRESS } from './routes/visitors.js';
import { SITE_ID } from './schemas/common.js';
import { allowsOrigin, SiteCache } from './sites/sites.js';
import type { Allowable } from './webhooks/addresses.js';

export interface AppOptions {
  readonly db: Db;
  readonly events: EventHub;
  /** Signs visitor tokens; every server copy sharing a database needs the same one. */
  readonly visitorKey: string;
  /** Writes one visitor may make. Default: 30 at once, then 2 a second. */
  readonly perVisitor?: RateLimit;
  /**
   * Writes one address may make, across its visitors. Loose, since an office or a mobile
   * carrier puts many shoppers behind one address. Default: 500 at once, then 50 a second.
   */
  readonly perAddress?: RateLimit;
  /**
   * GETs one address may make, across sites: looser still, only so that cheap bad reads
   * cannot flood the server. Default: 1000 at once, then 100 a second.
   */
  readonly perAddressReads?: RateLimit;
  /** Largest request body in bytes. Default 16 KiB. */
  readonly maxBody?: number;
  /** Use X-Forwarded-For for the client address (only behind a proxy that sets it). */
  readonly trustProxy?: boolean;
  /** Milliseconds between keep-alive comments on event streams. Default 25 000. */
  readonly keepAlive?: number;
  /** Event streams one address may hold open (tabs of everyone behind it). Default 200. */
  readonly streamsPerAddress?: number;
  /** Visitor tokens one address may mint per site. Default: 20 at once, then 10 a minute. */
  readonly visitorsPerAddress?: RateLimit;
  /** New votes one address may add to one poll, or one review's "helpful", without a user token. Default: 5 at once, then 5 an hour. */
  readonly votesPerAddress?: RateLimit;
  /** Coupon codes one address may look up per site (`GET coupons/{code}`). Default: 60 at once, then 60 an hour. */
  readonly couponChecksPerAddress?: RateLimit;
  /** Seconds ahead a user token's `exp` may be at most. Default 7 days. */
  readonly userTokenMaxLifetime?: number;
  /** The operator's key for /admin routes (server/admin/); without it they do not exist. */
  readonly adminKey?: string;
  /** Where the server logs, as JSON lines (server/log.ts). Default: nowhere. */
  readonly log?: Log;
  /**
   * Address classes beyond public ones that webhook receivers may have (the operator's
   * WEBHOOKS_ALLOW; see webhooks/addresses.ts). Default: none.
   */
  readonly webhooksAllow?: ReadonlySet<Allowable>;
  /** Aborted when the server stops: event streams end, so that it can close without cutting requests. */
  readonly closing?: AbortSignal;
}

const REQUEST_ID_HEADER = 'X-Request-Id';
const API_HEADERS = ['Content-Type', 'X-Visitor-Token', 'X-User-Token', 'Authorization', IDEMPOTENCY_HEADER, REQUEST_ID_HEADER];

/** The API as a Hono app: no listening, so tests and other servers can mount it. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const sites = new SiteCache(options.db);
  const visitorTokens = new VisitorTokens(options.visitorKey);
  const perVisitor = new RateLimiter(options.perVisitor ?? { burst: 30, perSecond: 2 });
  const perAddress = new RateLimiter(options.perAddress ?? { burst: 500, perSecond: 50 });
  const perAddressReads = new RateLimiter(options.perAddressReads ?? { burst: 1000, perSecond: 100 });
  const log = options.log ?? createLog('silent');
  const cursors = cursorKey(options.visitorKey);
  const app = new Hono<AppEnv>();

  app.onError(onError);
  app.notFound((c) => errorResponse(c, 404, 'not_found', 'No such route.'));
  // Every answer carries its id, which is also in every log line about it.
  app.use('*', requestId({ headerName: REQUEST_ID_HEADER, limitLength: 64 }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('db', options.db);
    c.set('events', options.events);
    c.set('log', log);
    c.set('cursorKey', cursors);
    c.set('address', clientAddress(c, options.trustProxy ?? false));
    await next();
    // Answers are data, never markup: browsers must not sniff them into HTML.
    c.header('X-Content-Type-Options', 'nosniff');
    // Unless a route says otherwise (immutable photos).
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    // Stopping: a keep-alive client leaves after this answer, instead of holding the server up.
    if (options.closing?.aborted) c.header('Connection', 'close');
    // The route's pattern, never its path or query: those hold what people typed.
    log.debug({ requestId: c.var.requestId, method: c.req.method, route: routePath(c, -1), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  // Tokens travel in headers, never cookies, so any origin may call: there is no CSRF surface.
  // A site's origin list is enforced below, by a 403 the refused page can read (this header
  // lets it), so its console says why rather than "blocked by CORS"; it reads nothing else.
  app.use(
    '/v1/sites/:site/*',
    cors({
      origin: async (origin, c) => {
        const id = c.req.param('site') ?? '';
        const site = SITE_ID.test(id) ? await sites.get(id) : undefined;
        return site?.allowedOrigins.length ? origin : '*';
      },
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: API_HEADERS,
      exposeHeaders: ['Retry-After', REQUEST_ID_HEADER],
      maxAge: 600,
    }),
  );
  // Reads have their own loose limit, per address and before the site middleware, so a flood
  // of cheap bad reads ends here rather than in the database (or, as it once did, the log).
  const limitReads: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.method === 'GET') {
      const wait = perAddressReads.take(c.get('address'));
      if (wait) throw new HttpError(429, 'rate_limited', `Too many requests; retry in ${wait} s.`, wait);
    }
    await next();
  };
  app.use('/v1/sites/:site/*', limitReads);
  app.get(HEALTH_PATH, limitReads, async (c) => {
    const health = await checkHealth(options.db, log);
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });
  const routes: readonly Endpoint[] = endpoints({
    issueVisitorToken: (site) => visitorTokens.issue(site),
    keepAlive: options.keepAlive ?? 25_000,
    streams: new OpenStreams(options.streamsPerAddress ?? 200),
    closing: options.closing ?? new AbortController().signal,
    visitorsPerAddress: new RateLimiter(options.visitorsPerAddress ?? VISITORS_PER_ADDRESS),
    votesPerAddress: new RateLimiter(options.votesPerAddress ?? VOTES_PER_ADDRESS),
    couponChecksPerAddress: new RateLimiter(options.couponChecksPerAddress ?? COUPON_CHECKS_PER_ADDRESS),
    webhooksAllow: options.webhooksAllow ?? new Set(),
  });
  // Bodies are small JSON, but for uploads, which declare their own limit.
  const uploadLimits = new Map(routes.flatMap(({ spec }) => (spec.upload ? [[`${spec.method.toUpperCase()} ${honoPath(spec.path)}`, spec.upload.maxBytes] as const] : [])));
  app.use('/v1/sites/:site/*', (c, next) =>
    bodyLimit({
      maxSize: uploadLimits.get(`${c.req.method} ${routePath(c, -1)}`) ?? options.maxBody ?? 16 * 1024,
      onError: (c) => {
        // The rest of the body may still be on its way: a client must not send its next request behind it.
        c.header('Connection', 'close');
        return errorResponse(c, 413, 'payload_too_large', 'The request body is too large.');
      },
    })(c, next),
  );
  app.use('/v1/sites/:site/*', async (c, next) => {
    // The shape first: no query ever sees an id that cannot be a site's.
    const id = c.req.param('site') ?? '';
    if (!SITE_ID.test(id)) throw new HttpError(400, 'invalid_request', 'path.site: a site id is 1 to 63 lowercase letters, digits and hyphens, starting with a letter or digit');
    const site = await sites.get(id);
    if (!site) throw new HttpError(404, 'site_not_found', 'No such site.');
    const origin = c.req.header('Origin');
    if (!allowsOrigin(site, origin)) throw new HttpError(403, 'origin_not_allowed', `Site ${site.id} does not accept requests from ${origin}; add it to the site's allowed origins.`);
    c.set('site', site);
    const visitorToken = c.req.header('X-Visitor-Token');
    if (visitorToken) {
      const visitor = visitorTokens.verify(site.id, visitorToken);
      if (!visitor) throw new HttpError(401, 'invalid_visitor_token', 'The visitor token is not valid for this site; get a new one.');
      c.set('visitor', visitor);
    }
    const userToken = c.req.header('X-User-Token');
    if (userToken) {
      const user = await verifyUserToken(userToken, site.secret, options.userTokenMaxLifetime);
      refuseUnstorable(user, 'header X-User-Token');
      c.set('user', user);
    }
    await next();
  });

  const guard = (spec: RouteSpec): MiddlewareHandler<AppEnv> => async (c, next) => {
    if (isShopAuth(spec.auth)) {
      await authorizeShop(c, scopeOf(spec.auth));
    } else if (spec.auth === 'visitor' && !c.get('visitor')) {
      throw new HttpError(401, 'visitor_token_required', 'This route needs an X-Visitor-Token; get one from POST /visitors.');
    }
    if (spec.method !== 'get' && !isShopAuth(spec.auth)) {
      const site = c.get('site').id;
      const visitor = c.get('visitor');
      const wait =
        perAddress.take(`${site}\n${c.get('address')}`) ||
        (visitor ? perVisitor.take(`${site}\n${visitor}`) : 0);
      if (wait) throw new HttpError(429, 'rate_limited', `Too many writes; retry in ${wait} s.`, wait);
    }
    await next();
  };

  for (const { spec, handle } of routes) app.on(spec.method.toUpperCase(), honoPath(spec.path), guard(spec), handle);
  if (options.adminKey) mountAdmin(app, { key: options.adminKey, sites });
  return app;
}
