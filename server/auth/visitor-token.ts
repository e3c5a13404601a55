import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Anonymous visitor identity: `v1.<visitor id>.<HMAC-SHA256>`. The MAC covers the site,
 * so a token is worthless on another site, and nobody can mint an id without the key.
 * Stateless: any server copy with the same key verifies it without a lookup.
 */
export class VisitorTokens {
  constructor(private readonly key: string) {}

  issue(site: string): string {
    const id = randomBytes(16).toString('base64url');
    return `v1.${id}.${this.mac(site, id)}`;
  }

  /** The visitor id, or undefined when the token is malformed, altered or for another site. */
  verify(site: string, token: string): string | undefined {
    const [version, id, mac, ...rest] = token.split('.');
    if (version !== 'v1' || !id || !mac || rest.length) return undefined;
    const expected = Buffer.from(this.mac(site, id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
  }

  private mac(site: string, id: string): string {
    return createHmac('sha256', this.key).update(`visitor:${site}:${id}`).digest('base64url');
  }
}
