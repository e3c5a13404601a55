import { SignJWT } from 'jose';
import type { TestSite } from './server.js';

export interface Reply<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** One request to a site's API, answered with status, headers and parsed JSON body. */
export async function call<T = any>(site: TestSite, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply<T>> {
  const response = await fetch(new URL(path, site.base), {
    method,
    headers: { ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** A fresh visitor token for `site`. */
export async function visitor(site: TestSite): Promise<string> {
  const { status, body } = await call<{ token: string }>(site, 'POST', 'visitors');
  if (status !== 201) throw new Error(`POST visitors answered ${status}`);
  return body.token;
}

/** A user token as a shop's backend would sign it. */
export function userToken(secret: string, claims: { sub: string; name: string; purchases?: string[] }, expiresIn: string | number = '1h'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}

export const seller = (site: TestSite): Record<string, string> => ({ Authorization: `Bearer ${site.secret}` });
