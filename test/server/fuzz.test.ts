import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { RouteSpec } from '../../server/http/endpoint.js';
import { openApiDocument } from '../../server/openapi/document.js';
import { specs } from '../../server/routes/index.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { images } from './helpers/images.js';
import { holdsNul, holdsUnstorable, hostileFor, hostileString, percentEncode, RAW_BODIES, RAW_URL } from './helpers/hostile.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/**
 * Every operation of openapi.yaml, sent a valid request with one part made hostile: a path
 * or query parameter, a body field at any depth, a key, the whole body. Auth always
 * passes, so the hostile part reaches validation and, when it is valid after all, the
 * database. No answer may be a 5xx; a refused request, and any GET, changes no row; and
 * text no column can hold never gets a 2xx. FUZZ_SEED and FUZZ_RUNS (per operation)
 * replay or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 1300);
/** Requests per place a request can be made hostile in (a parameter, a body field…). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

type Json = any;
const document = openApiDocument(specs(), 'fuzz', 'MIT');
const routeSpecs = new Map<string, RouteSpec>(specs().map((spec) => [spec.operationId, spec]));
const unlimited = { burst: 1e9, perSecond: 1e9 };

let server: TestServer & { close(): Promise<void> };
let site: TestSite;
/** Headers that pass each kind of auth. */
let auth: Record<'public' | 'visitor' | 'seller', Record<string, string>>;
/** Example values by parameter or field name, for names whose value must exist. */
let known: Record<string, unknown>;
/** Per operation, values that differ from `known` so that one operation cannot spoil another's example. */
let own: Record<string, Record<string, unknown>>;
/** Every table, for a fingerprint of all rows. */
let fingerprintQuery: string;

before(async () => {
  // No webhook deliveries: a worker updating their rows meanwhile would change the fingerprint of a refused request.
  server = await startTestServer({ perAddress: unlimited, perAddressReads: unlimited, perVisitor: unlimited, visitorsPerAddress: unlimited, votesPerAddress: unlimited, couponChecksPerAddress: unlimited, streamsPerAddress: 1e9 }, { deliverWebhooks: false });
  site = await server.site();
  const user = await userToken(site.secret, { sub: 'c-1', name: 'Cee', purchases: ['p1'] });
  auth = { public: { 'X-Visitor-Token': await visitor(site) }, visitor: {}, seller: seller(site) };
  auth.visitor = { ...auth.public, 'X-User-Token': user };
  const product = { title: 'Widget', category: 'cat', variants: [{ id: 'v1', price: { amount: 1000, currency: 'EUR' }, stock: 1_000_000 }] };
  for (const id of ['p1', 'p2', 'p-put', 'p-variant', 'p-delete']) await created(call(site, 'PUT', `products/${id}`, { headers: auth.seller, body: product }));
  const poll = { question: 'Which?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] };
  for (const id of ['poll1', 'poll-put', 'poll-close']) await created(call(site, 'PUT', `polls/${id}`, { headers: auth.seller, body: poll }));
  const photo = await created(fetch(new URL('review-photos', site.base), { method: 'POST', headers: auth.visitor, body: images.png }).then(async (response) => ({ status: response.status, body: await response.json() })));
  const review = await created(call(site, 'POST', 'products/p1/reviews', { headers: auth.visitor, body: { rating: 4, text: 'Fine', photos: [photo.id] } }));
  const idea = await created(call(site, 'POST', 'boards/b1/ideas', { headers: auth.visitor, body: { title: 'Idea' } }));
  const comment = await created(call(site, 'POST', `ideas/${idea.id}/comments`, { headers: auth.visitor, body: { text: 'Yes' } }));
  const list = await created(call(site, 'POST', 'wishlists', { headers: auth.visitor, body: { name: 'Gifts' } }));
  const doomed = await created(call(site, 'POST', 'wishlists', { headers: auth.visitor, body: { name: 'Doomed' } }));
  const shared = await created(call(site, 'POST', `wishlists/${list.id}/share`, { headers: auth.visitor }));
  // A checkout's gift (`giftFor`) is of a product on the shared list: a list and product of its own, which no other operation takes off.
  const giftList = await created(call(site, 'POST', 'wishlists', { headers: auth.visitor, body: { name: 'Birthday' } }));
  await created(call(site, 'PUT', 'wishes/p2', { headers: auth.visitor, body: { listId: giftList.id } }));
  const giftShare = await created(call(site, 'POST', `wishlists/${giftList.id}/share`, { headers: auth.visitor }));
  await created(call(site, 'PUT', 'cart/lines', { headers: auth.visitor, body: { productId: 'p1', variantId: 'v1', quantity: 1 } }));
  const question = await created(call(site, 'POST', 'products/p1/questions', { headers: auth.visitor, body: { text: 'Does it fit?' } }));
  const answer = await created(call(site, 'POST', `questions/${question.id}/answers`, { headers: auth.visitor, body: { text: 'It does.' } }));
  const order = await created(call(site, 'POST', 'orders', { headers: { ...auth.visitor, 'Idempotency-Key': 'fixture-order' }, body: {} }));
  const { member } = await created(call(site, 'POST', 'members', { headers: auth.seller, body: { name: 'Ann', role: 'webcare', scopes: ['answer'] } }));
  const campaign = { name: 'Spring', discount: { kind: 'amount', amount: { amount: 500, currency: 'EUR' } } };
  const [coupons, doomedCampaign] = [await created(call(site, 'POST', 'coupon-campaigns', { headers: auth.seller, body: campaign })), await created(call(site, 'POST', 'coupon-campaigns', { headers: auth.seller, body: campaign }))];
  const [coupon, tillCoupon] = [await created(call(site, 'POST', `coupon-campaigns/${coupons.id}/coupons`, { headers: auth.seller })), await created(call(site, 'POST', `coupon-campaigns/${coupons.id}/coupons`, { headers: auth.seller }))];
  const hook = { url: 'https://hooks.example/sc', events: ['order.placed'] };
  const [webhook, doomedWebhook] = [await created(call(site, 'POST', 'webhooks', { headers: auth.seller, body: hook })), await created(call(site, 'POST', 'webhooks', { headers: auth.seller, body: hook }))];
  known = {
    site: site.id, productId: 'p1', variantId: 'v1', reviewId: review.id, photoId: photo.id, listId: list.id, shareId: shared.shareId, orderId: order.id, pollId: 'poll1', optionId: 'a', webhookId: webhook.id, boardId: 'b1', board: 'b1', ideaId: idea.id, commentId: comment.id, questionId: question.id, answerId: answer.id, memberId: member.id, campaignId: coupons.id, code: coupon.code,
    ids: ['p1'], productIds: ['p1', 'p2'], likes: ['p1'], wishes: ['p1'], ratings: ['p1'], polls: ['poll1'], ideas: ['b1'], questions: ['p1'],
    closesAt: '2999-01-01T00:00:00Z', expiresAt: '2999-01-01T00:00:00Z',
    // The insights' range: days, both included.
    from: '2026-01-01', to: '2026-01-31',
    currency: 'EUR', locale: 'en', images: ['https://img.example/1.png'], url: 'https://shop.example/p1', rating: 4, stars: 4, limit: 5, quantity: 1,
    // Left out of examples: a cursor is the server's to make, a body key must match the header's, a checkout's coupon is used once.
    cursor: undefined, idempotencyKey: undefined, couponCode: undefined,
    // A review's photos are uploads of its writer that no review holds yet: none is the valid example.
    photos: [],
  };
  own = {
    createReview: { productId: 'p2' },
    putProduct: { productId: 'p-put' },
    patchVariant: { productId: 'p-variant' },
    deleteProduct: { productId: 'p-delete' },
    putPoll: { pollId: 'poll-put' },
    closePoll: { pollId: 'poll-close' },
    deleteWishlist: { listId: doomed.id },
    checkout: { shareId: giftShare.shareId, productId: 'p2' },
    deleteWebhook: { webhookId: doomedWebhook.id },
    endCouponCampaign: { campaignId: doomedCampaign.id },
    redeemCoupon: { code: tillCoupon.code },
  };
  const tables = await server.services.db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  fingerprintQuery = tables.map(({ name }) => `SELECT '${name}' AS t, md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS h FROM "${name}" r`).join(' UNION ALL ');
});
after(() => server.close());

async function created(reply: Promise<{ status: number; body: any }>): Promise<any> {
  const { status, body } = await reply;
  assert.ok(status >= 200 && status < 300, `fixture: ${status} ${JSON.stringify(body)}`);
  return body;
}

async function fingerprint(): Promise<string> {
  return JSON.stringify(await server.services.db.query(fingerprintQuery));
}

/** A valid value for a JSON schema: the known value for its name, else the least the schema allows. */
function example(schema: Json, name: string, values: Record<string, unknown>, index = 0): unknown {
  if (name in values) return values[name];
  if (schema.$ref) return example(document.components.schemas[schema.$ref.split('/').pop()], name, values, index);
  if (schema.anyOf ?? schema.oneOf) return example((schema.anyOf ?? schema.oneOf)[0], name, values, index);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return `${name || 'x'}${index}`.slice(0, schema.maxLength ?? 64).padEnd(schema.minLength ?? 1, 'x');
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Infinity);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, (_, i) => example(schema.items, '', values, i));
    case 'object':
      if (!schema.properties) return { key: example(schema.additionalProperties ?? { type: 'string' }, '', values, index) };
      return Object.fromEntries(
        Object.entries<Json>(schema.properties)
          .map(([key, property]) => [key, example(property, key, values, index)])
          .filter(([, value]) => value !== undefined),
      );
    default:
      throw new Error(`no example for ${JSON.stringify(schema)}`);
  }
}

interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly auth: 'public' | 'visitor' | 'seller';
  readonly params: Json[];
  readonly body?: Json;
  /** Raw bytes rather than JSON: an image upload. */
  readonly upload: boolean;
}

interface Request {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
  rawBody?: string | Uint8Array;
  /** URL text sent as it is, not encoded: then nothing is known about what the server reads. */
  raw?: boolean;
}

const operations = Object.entries<Json>(document.paths).flatMap(([path, methods]) =>
  Object.entries<Json>(methods).map(([method, operation]): Operation => {
    const auth = operation.security.some((option: Json) => option.sellerKey) ? 'seller' : operation.security.some((option: Json) => Object.keys(option).length === 0) ? 'public' : 'visitor';
    const params = operation.parameters.map((parameter: Json) => (parameter.$ref ? document.components.parameters[parameter.$ref.split('/').pop()] : parameter)).filter((parameter: Json) => parameter.in !== 'header');
    const upload = operation.requestBody !== undefined && !operation.requestBody.content['application/json'];
    return { id: operation.operationId, method: method.toUpperCase(), path, auth, params, body: upload ? undefined : operation.requestBody?.content['application/json'].schema, upload };
  }),
).filter((operation) => routeSpecs.has(operation.id)); // the site's routes: /health takes no input to make hostile

function validRequest(operation: Operation): Request {
  const values = { ...known, ...own[operation.id] };
  const request: Request = { path: {}, query: {} };
  for (const parameter of operation.params) {
    const value = example(parameter.schema, parameter.name, values);
    if (value !== undefined) request[parameter.in as 'path' | 'query'][parameter.name] = value;
  }
  if (operation.body) request.body = example(operation.body, '', values);
  if (operation.upload) request.rawBody = images.png;
  return request;
}

/** Every place in a JSON value: `[]` for the value itself, then each key and index, at any depth. */
function places(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const inner = value && typeof value === 'object' ? Object.entries(value).flatMap(([key, item]) => places(item, [...at, Array.isArray(value) ? Number(key) : key])) : [];
  return [at, ...inner];
}

/** A copy of `value` with the place `at` replaced, or left out where `replace` answers undefined. */
function setAt(value: unknown, at: (string | number)[], replace: (old: any) => unknown): unknown {
  if (at.length === 0) return replace(value);
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  const [head, ...rest] = at;
  const next = setAt(copy[head!], rest, replace);
  if (next === undefined) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

type Mutation = { label: string; request: Request };

/**
 * The ways to make a valid request hostile, one list per place: mostly a hostile value
 * there (of the place's own type more often than not), sometimes the place left out, a
 * key or item added, raw URL text or a raw body.
 */
function mutations(operation: Operation, valid: Request): fc.WeightedArbitrary<Mutation>[][] {
  const result: fc.WeightedArbitrary<Mutation>[][] = [];
  for (const parameter of operation.params) {
    const where = parameter.in as 'path' | 'query';
    const field = `${where}.${parameter.name}`;
    const set = (value: unknown, raw = false): Mutation => ({ label: `${field} = ${raw ? 'raw ' : ''}${show(value)}`, request: { ...valid, raw, [where]: { ...valid[where], [parameter.name]: value } } });
    result.push([
      { arbitrary: hostileFor(valid[where][parameter.name]).map((value) => set(value)), weight: 4 },
      { arbitrary: fc.constantFrom(...RAW_URL).map((raw) => set({ raw }, true)), weight: 1 },
      ...(where === 'query' ? [{ arbitrary: fc.constant(set(undefined)), weight: 1 }] : []),
    ]);
  }
  if (operation.body) {
    for (const at of places(valid.body)) {
      const field = ['body', ...at].join('.');
      const change = (label: string, replace: (old: any) => unknown): Mutation => ({ label: `${field}${label}`, request: { ...valid, body: setAt(valid.body, at, replace) } });
      const old = at.reduce<any>((value, key) => value[key], valid.body);
      result.push([
        { arbitrary: hostileFor(old).map((value) => change(` = ${show(value)}`, () => value)), weight: 4 },
        ...(at.length > 0 ? [{ arbitrary: fc.constant(change(' left out', () => undefined)), weight: 1 }] : []),
        ...(old && typeof old === 'object'
          ? [{ arbitrary: fc.tuple(hostileString, hostileFor('')).map(([key, value]) => change(`[${show(key)}] = ${show(value)}`, () => (Array.isArray(old) ? [...old, value] : { ...old, [key]: value }))), weight: 1 }]
          : []),
      ]);
    }
    result.push([{ arbitrary: fc.constantFrom(...RAW_BODIES).map((rawBody): Mutation => ({ label: `body = raw ${show(rawBody)}`, request: { ...valid, rawBody } })), weight: 1 }]);
  }
  if (operation.upload) {
    // Text, an image cut anywhere, or bytes at random: none of them an image the server may take.
    const cut = fc.nat(images.png.length - 1).map((length) => images.png.subarray(0, length));
    const bytes = fc.oneof(fc.constantFrom(...RAW_BODIES), cut, fc.uint8Array({ maxLength: 64 }));
    result.push([{ arbitrary: bytes.map((rawBody): Mutation => ({ label: `body = raw ${show(typeof rawBody === 'string' ? rawBody : [...rawBody])}`, request: { ...valid, rawBody } })), weight: 1 }]);
  }
  return result;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
};

/** What a parameter's value says in a URL, before encoding: a string as it is, anything else as its JSON or its string. */
const urlString = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** A parameter's value as URL text (arrays repeat in a query). */
const urlText = (value: unknown): string => (value && typeof value === 'object' && 'raw' in value ? String(value.raw) : percentEncode(urlString(value)));

/** The values a request's URL carries, one for each time a parameter appears. */
const urlValues = (request: Request): string[] =>
  [...Object.values(request.path), ...Object.values(request.query).flatMap((value) => (Array.isArray(value) ? value : [value]))].filter((value) => value !== undefined).map(urlString);

let idempotencyKeys = 0;

async function send(operation: Operation, request: Request): Promise<{ status: number; text: string }> {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => urlText(request.path[name]));
  const query = Object.entries(request.query)
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${name}=${urlText(item)}`))
    .join('&');
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const headers: Record<string, string> = { ...auth[operation.auth], 'Idempotency-Key': `fuzz-key-${++idempotencyKeys}` };
  if (body !== undefined) headers['Content-Type'] = operation.upload ? 'image/png' : 'application/json';
  const controller = new AbortController();
  const response = await fetch(`${server.url}${path}${query ? `?${query}` : ''}`, { method: operation.method, headers, body, signal: controller.signal });
  // An event stream never ends by itself: its status and headers are the answer.
  const text = response.headers.get('Content-Type')?.startsWith('text/event-stream') ? (controller.abort(), '') : await response.text();
  return { status: response.status, text };
}

/** True when the server may not accept this request: text no column holds, or a body its schema refuses. */
function mustRefuse(operation: Operation, request: Request): boolean {
  if (request.raw) return false;
  const spec = routeSpecs.get(operation.id)!;
  if (holdsNul(urlValues(request))) return true;
  if (spec.upload) return request.rawBody !== images.png;
  if (!spec.body) return false;
  const body = request.rawBody === undefined ? { ok: true, value: request.body } : parseBody(String(request.rawBody));
  return !body.ok || holdsUnstorable(body.value) || !spec.body.safeParse(body.value).success;
}

/** A raw body as the server reads it: empty is no body. */
function parseBody(text: string): { ok: boolean; value?: unknown } {
  try {
    return { ok: true, value: text ? JSON.parse(text) : undefined };
  } catch {
    return { ok: false };
  }
}

describe(`every operation of openapi.yaml, fuzzed (seed ${SEED}, ${RUNS} requests per place)`, () => {
  it('covers every operation the app mounts', () => {
    assert.equal(operations.length, specs().length);
  });

  operations.forEach((operation, index) => {
    it(`${operation.method} ${operation.path} (${operation.id})`, async () => {
      const valid = validRequest(operation);
      const ways = mutations(operation, valid);
      const first = await send(operation, valid);
      assert.ok(first.status >= 200 && first.status < 300, `the valid example ${JSON.stringify(valid)} answered ${first.status} ${first.text}`);
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(fc.oneof(...ways.flat()), async ({ label, request }) => {
          const answer = await send(operation, request);
          const after = await fingerprint();
          const what = `${operation.method} ${operation.path} with ${label} answered ${answer.status} ${answer.text.slice(0, 200)}`;
          const accepted = answer.status >= 200 && answer.status < 300;
          try {
            assert.ok(answer.status < 500, what);
            assert.ok(!(accepted && mustRefuse(operation, request)), `accepted: ${what}`);
            if (!accepted || operation.method === 'GET') assert.equal(after, before, `changed rows: ${what}`);
          } finally {
            before = after;
          }
        }),
        { seed: SEED + index, numRuns: RUNS * ways.length },
      );
    });
  });
});
