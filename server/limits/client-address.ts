import { isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address rate limits and report witnesses are keyed on. Behind a proxy (`trustProxy`)
 * it is the first X-Forwarded-For hop; otherwise the socket's peer, as a client cannot
 * forge that. An IPv6 address counts as its /64, since one home or phone holds a whole /64.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  return addressGroup(peerAddress(c, trustProxy));
}

function peerAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // mounted outside @hono/node-server (app.request in tests)
  }
}

function addressGroup(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  if (plain.startsWith('::ffff:') && plain.includes('.')) return plain.slice(7); // IPv4 on an IPv6 socket
  if (!isIPv6(plain)) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

