import { createHmac } from 'node:crypto';
import { lookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type Allowable, addressAllowed, classify } from './addresses.js';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>`, as Stripe's `Stripe-Signature`. */
export const SIGNATURE_HEADER = 'SC-Signature';
/** The event's id: the same at every attempt and for every endpoint, so a receiver can drop repeats. */
export const ID_HEADER = 'SC-Webhook-Id';

/** The signature header's value for `body` sent at `timestamp` (unix seconds). */
export function sign(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Why a URL may not receive webhooks, or undefined when it may as far as its text shows (a name is checked when it resolves). */
export function refusedTarget(url: URL, allowed: ReadonlySet<Allowable>): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'a webhook URL is http: or https:';
  if (url.username || url.password) return 'a webhook URL carries no user name or password';
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  // A name that always means this machine (RFC 6761).
  const address = host === 'localhost' || host.endsWith('.localhost') ? '127.0.0.1' : host;
  if (isIP(address) && !addressAllowed(address, allowed)) return `${host} is a ${classify(address)} address, which this server does not send webhooks to`;
  return undefined;
}

export interface SendResult {
  /** The receiver's status, when it answered. */
  readonly status?: number;
  /** Why no 2xx came, when none did. */
  readonly error?: string;
}

/** A name that resolves to an address deliveries may not go to. */
class RefusedAddressError extends Error {}

/**
 * Resolves as `dns.lookup` does but fails when any address the name has is refused: the
 * connection goes to an address checked here, so a name that resolves to a public address
 * for the check and a private one for the connection (DNS rebinding) gets nowhere.
 */
function guardedLookup(allowed: ReadonlySet<Allowable>): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find(({ address }) => !addressAllowed(address, allowed));
      if (refused) return callback(new RefusedAddressError(`${hostname} resolves to ${refused.address}, a ${classify(refused.address)} address`), '', 0);
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** POSTs `body` to `url` once: no redirects followed (a 3xx is a failure), given up after `timeout` ms. */
export function send(url: string, body: string, headers: Record<string, string>, options: { allowed: ReadonlySet<Allowable>; timeout: number }): Promise<SendResult> {
  const target = new URL(url);
  const refused = refusedTarget(target, options.allowed);
  if (refused) return Promise.resolve({ error: refused });
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'sc-widgets-webhooks', 'Content-Length': Buffer.byteLength(body), ...headers },
      lookup: guardedLookup(options.allowed),
      signal: AbortSignal.timeout(options.timeout),
      agent: false, // a fresh connection each time: no pooled socket skips the address check
    });
    request.on('response', (response) => {
      // The status is the answer; the body is not read, so a receiver cannot hold the worker with it.
      response.destroy();
      const status = response.statusCode!;
      resolve(status >= 200 && status < 300 ? { status } : { status, error: `answered ${status}` });
    });
    request.on('error', (error) => resolve({ error: describe(error) }));
    request.end(body);
  });
}

function describe(error: Error & { code?: string }): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'no answer in time';
  if (error instanceof RefusedAddressError) return error.message;
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
