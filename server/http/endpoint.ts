import type { Context } from 'hono';
import { z } from 'zod';
import type { Scope } from '../data/team.js';
import { type ErrorStatus, HttpError } from './errors.js';
import type { AppEnv } from './env.js';
import { type Idempotency, once } from './idempotency.js';
import { refuseUnstorable } from './storable.js';

/**
 * Who may call a route. `public`: anyone (a visitor token, when sent, says whose
 * `liked` to report); `visitor`: a valid X-Visitor-Token; `seller`: the site's secret key;
 * `member:<scope>`: a team member's credential with that scope, or the secret key (the
 * shop's own servers act as the site holder); `member`: any current member's, or the key.
 */
export type Auth = 'public' | 'visitor' | 'seller' | 'member' | `member:${Scope}`;

/** The scope a `member:` route needs (`any` for `member`); undefined for the others. */
export const scopeOf = (auth: Auth): Scope | 'any' | undefined =>
  auth === 'member' ? 'any' : auth.startsWith('member:') ? (auth.slice('member:'.length) as Scope) : undefined;

/** Routes for the shop's people and servers: not a shopper's, so not under shoppers' write limits. */
export const isShopAuth = (auth: Auth): boolean => auth === 'seller' || scopeOf(auth) !== undefined;

/** One route: the single source of its validation and of its part of openapi.yaml. */
export interface RouteSpec {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: `/v1/sites/{site}${string}`;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly auth: Auth;
  /** Path parameters other than `site`. */
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** A body of raw bytes rather than JSON (`body` is then absent): its media types, and how large it may be (else 413). */
  readonly upload?: { readonly mediaTypes: readonly string[]; readonly maxBytes: number };
  readonly status: 200 | 201 | 204;
  /** The JSON body answered with `status`; absent for 204 and for streams. */
  readonly response?: z.ZodType;
  /** The answer's media type when not `application/json`: a stream, JSON of a more precise type, or an image's bytes. */
  readonly mediaType?: 'text/event-stream' | 'application/ld+json' | 'image/*';
  /** Statuses beyond those the spec derives from auth, input and method (e.g. 409). */
  readonly errors?: readonly ErrorStatus[];
  /** A create that takes an `Idempotency-Key` header: see `once()`. Its handler answers data, not a Response. */
  readonly idempotent?: Idempotency;
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
export interface Input<S extends RouteSpec> {
  readonly params: Parsed<S['params']>;
  readonly query: Parsed<S['query']>;
  readonly body: S['upload'] extends object ? Uint8Array : Parsed<S['body']>;
}
type Output<S extends RouteSpec> = S['response'] extends z.ZodType ? z.input<S['response']> : void;
export type Handler<S extends RouteSpec> = (c: Context<AppEnv>, input: Input<S>) => Promise<Output<S> | Response>;

export interface Endpoint {
  readonly spec: RouteSpec;
  readonly handle: (c: Context<AppEnv>) => Promise<Response>;
}

/** Binds a spec to its handler; the handler gets input already validated against the spec. */
export function endpoint<const S extends RouteSpec>(spec: S, handler: Handler<S>): Endpoint {
  return {
    spec,
    handle: async (c) => {
      const input = {
        params: spec.params && validate(spec.params, c.req.param(), 'path'),
        query: spec.query && validate(spec.query, readQuery(spec.query, c), 'query'),
        body: spec.upload ? new Uint8Array(await c.req.arrayBuffer()) : spec.body && validate(spec.body, await readJson(c), 'body'),
      } as Input<S>;
      const run = () => handler(c, input);
      const result = spec.idempotent ? await once(c, { how: spec.idempotent, operationId: spec.operationId, shop: isShopAuth(spec.auth) }, input, run) : await run();
      if (result instanceof Response) return result;
      if (spec.status === 204) return c.body(null, 204);
      return c.json(result, spec.status, spec.mediaType ? { 'Content-Type': spec.mediaType } : {});
    },
  };
}

/** `{site}` style (OpenAPI) to `:site` style (Hono). */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export function validate<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  refuseUnstorable(value, where);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [where, ...issue.path].join('.');
  throw new HttpError(400, 'invalid_request', `${field}: ${issue.message}`);
}

/** Repeated parameters (`ids=a&ids=b`) become arrays where the schema wants an array. */
function readQuery(schema: z.ZodObject, c: Context): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const values = c.req.queries(key);
    if (values) query[key] = wantsArray(field as z.ZodType) ? values : values[0];
  }
  return query;
}

function wantsArray(field: z.ZodType): boolean {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'array' || (def.innerType !== undefined && wantsArray(def.innerType));
}

/** An empty body reads as `undefined`, so a schema may make the whole body optional. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
  }
}
