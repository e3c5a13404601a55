import { z } from 'zod';
import { HEALTH_PATH, Health } from '../health.js';
import { isShopAuth, type RouteSpec, scopeOf } from '../http/endpoint.js';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY } from '../http/idempotency.js';
import { ErrorBody, SITE_ID } from '../schemas/common.js';

type Json = Record<string, any>;

const errorText: Record<number, string> = {
  400: 'The request does not match the schema (`invalid_request`, `invalid_json`).',
  401: 'A required token or key is missing, or one sent is forged, altered, expired or for another site.',
  403: 'The site does not accept this origin, or the caller may not do this.',
  404: 'No such site, route or resource.',
  409: 'The request conflicts with the current state, or reuses an `Idempotency-Key` for a different request (`idempotency_key_reused`).',
  413: 'The request body is too large.',
  415: 'The body is not of a media type the route takes (read from its bytes, not from `Content-Type`).',
  422: 'The request is well formed but cannot apply, e.g. a coupon to an order below its minimum (`coupon_min_order`).',
  429: 'Too many writes; `Retry-After` says how many seconds to wait.',
};

/** The statuses a route can answer with besides success: derived from its spec, so they cannot be forgotten. */
export function errorStatuses(spec: RouteSpec): number[] {
  const statuses = new Set([401, 403, 404, ...(spec.errors ?? [])]);
  if (spec.params || spec.query || spec.body) statuses.add(400);
  if (spec.upload) statuses.add(415);
  if (spec.method !== 'get') statuses.add(413);
  if (spec.method !== 'get' && !isShopAuth(spec.auth)) statuses.add(429);
  if (spec.idempotent) statuses.add(409);
  return [...statuses].sort();
}

/**
 * openapi.yaml as an object, generated from the same route specs and zod schemas that
 * validate requests, so the document and the server cannot disagree.
 */
export function openApiDocument(specs: readonly RouteSpec[], version: string, license: string): Json {
  const components: Record<string, Json> = {};
  // Input mode for responses too: one shape per named schema, and a response's extra
  // fields are something a client should tolerate anyway.
  const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Json =>
    hoist(z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }), components);
  const paths: Record<string, Record<string, Json>> = {};
  for (const spec of specs) {
    (paths[spec.path] ??= {})[spec.method] = operation(spec, toSchema);
  }
  paths[HEALTH_PATH] = { get: healthOperation(toSchema) };
  toSchema(ErrorBody); // hoists the named Error schema, which every error response points to
  return {
    openapi: '3.1.0',
    info: {
      title: 'sc-widgets reference API',
      version,
      license: { name: license, identifier: license },
      description: 'Every route but `/health` is under a site. Errors are `{ "error": { "code", "message" } }`. Tokens travel in headers, never cookies.',
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: '`npm start`' }],
    paths,
    components: {
      parameters: {
        site: { name: 'site', in: 'path', required: true, description: 'The site (shop) id.', schema: { type: 'string', pattern: SITE_ID.source } },
        idempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: 'header',
          description:
            'A key the client makes once per thing it creates and sends again with every retry: the same key from the same visitor (or team member, or the shop\'s servers) within 24 hours answers what the first request answered and creates once. Reused for a different request: 409 `idempotency_key_reused`.',
          schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
        },
      },
      securitySchemes: {
        visitorToken: { type: 'apiKey', in: 'header', name: 'X-Visitor-Token', description: 'From POST /v1/sites/{site}/visitors.' },
        userToken: { type: 'apiKey', in: 'header', name: 'X-User-Token', description: 'A JWT (HS256) the shop signs with its site secret: `sub`, `name`, optional `purchases`, and `exp` at most 7 days ahead (the server\'s `USER_TOKEN_MAX_LIFETIME`); else 401 `user_token_lifetime`.' },
        sellerKey: { type: 'http', scheme: 'bearer', description: 'The site secret key. Server to server only: never in a public page.' },
        memberCredential: {
          type: 'http',
          scheme: 'bearer',
          description: 'A team member\'s own credential (`scm_…`), scoped to roles and revocable: what the seller console signs in with. The scope a route needs is named in its security requirement; the site secret key is accepted there too.',
        },
      },
      headers: {
        RequestId: {
          description: 'This request\'s id, also in the server\'s log lines about it: the caller\'s own `X-Request-Id` when it is 1–64 letters, digits, `_`, `-` or `=`, else a new one.',
          schema: { type: 'string' },
        },
      },
      responses: Object.fromEntries(
        Object.entries(errorText).map(([status, description]) => [
          String(status),
          {
            description,
            headers: { ...requestIdHeader, ...(status === '429' ? { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds.' } } : {}) },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

function operation(spec: RouteSpec, toSchema: (schema: z.ZodType, io?: 'input' | 'output') => Json): Json {
  const parameters: Json[] = [{ $ref: '#/components/parameters/site' }];
  if (spec.idempotent) parameters.push({ $ref: '#/components/parameters/idempotencyKey' });
  for (const [where, object] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!object) continue;
    // A parameter arrives as text that the server coerces (`limit=20`): its type and
    // bounds are those after coercion, whether it may be left out is the input's.
    const { required = [] } = toSchema(object);
    for (const [name, property] of Object.entries<Json>(toSchema(object, 'output').properties ?? {})) {
      const { description, ...rest } = property;
      parameters.push({
        name,
        in: where,
        required: where === 'path' || required.includes(name),
        ...(description ? { description } : {}),
        ...(rest.type === 'array' ? { style: 'form', explode: true } : {}),
        schema: rest,
      });
    }
  }
  const scope = scopeOf(spec.auth);
  const security = scope
    ? [{ memberCredential: scope === 'any' ? [] : [scope] }, { sellerKey: [] }]
    : { public: [{}, { visitorToken: [] }, { visitorToken: [], userToken: [] }], visitor: [{ visitorToken: [] }, { visitorToken: [], userToken: [] }], seller: [{ sellerKey: [] }] }[spec.auth as 'public' | 'visitor' | 'seller'];
  const success: Json = { description: spec.summary, headers: requestIdHeader };
  if (spec.mediaType === 'text/event-stream') success.content = { 'text/event-stream': { schema: { type: 'string' } } };
  else if (spec.mediaType === 'image/*') success.content = { 'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } } };
  else if (spec.response) success.content = { [spec.mediaType ?? 'application/json']: { schema: toSchema(spec.response) } };
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    security,
    parameters,
    ...(spec.body ? { requestBody: { required: !spec.body.safeParse(undefined).success, content: { 'application/json': { schema: toSchema(spec.body) } } } } : {}),
    ...(spec.upload
      ? { requestBody: { required: true, description: `At most ${spec.upload.maxBytes} bytes.`, content: Object.fromEntries(spec.upload.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) } }
      : {}),
    responses: {
      [spec.status]: success,
      ...Object.fromEntries(errorStatuses(spec).map((status) => [status, { $ref: `#/components/responses/${status}` }])),
    },
  };
}

/** `GET /health`, outside every site: for load balancers, which read the status; the body says why. */
function healthOperation(toSchema: (schema: z.ZodType) => Json): Json {
  const answer = (description: string): Json => ({ description, headers: requestIdHeader, content: { 'application/json': { schema: toSchema(Health) } } });
  return {
    operationId: 'health',
    tags: ['operations'],
    summary: 'Whether this server copy can serve',
    description: 'Reads the database once: 200 when it answers and has recorded every migration this server has, 503 otherwise. No token needed.',
    security: [{}],
    parameters: [],
    responses: {
      200: answer('The database answers and is migrated.'),
      429: { $ref: '#/components/responses/429' },
      503: answer('The database does not answer, or lacks a migration this server has.'),
    },
  };
}

/** Every answer carries its request id (server/app.ts). */
const requestIdHeader = { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } };

/** Moves named schemas (`.meta({ id })`) into components and points to them there. */
function hoist(schema: Json, components: Record<string, Json>): Json {
  const { $schema: _, $defs = {}, ...rest } = schema;
  for (const [id, definition] of Object.entries<Json>($defs)) {
    const clean = tidy(definition);
    if (components[id] && JSON.stringify(components[id]) !== JSON.stringify(clean)) {
      throw new Error(`two different schemas share the id ${id}`);
    }
    components[id] = clean;
  }
  return tidy(rest);
}

/** Rewrites local refs to components and drops zod's safe-integer bounds, which say nothing. */
function tidy(value: any): any {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string') out[key] = inner.replace('#/$defs/', '#/components/schemas/');
    else if ((key === 'minimum' || key === 'maximum') && Math.abs(inner as number) === Number.MAX_SAFE_INTEGER) continue;
    else out[key] = tidy(inner);
  }
  return out;
}
