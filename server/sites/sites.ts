import type { Db, Sql } from '../db/db.js';
import type { Site } from '../http/env.js';

interface SiteRow {
  id: string;
  secret: string;
  allowed_origins: string[];
  checkout_url: string | null;
  moderate_reviews: boolean;
}

/** Creates a site, or updates its settings when it exists. */
export async function saveSite(db: Sql, site: Site): Promise<void> {
  await db.query(
    `INSERT INTO sites (id, secret, allowed_origins, checkout_url, moderate_reviews) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET secret = $2, allowed_origins = $3, checkout_url = $4, moderate_reviews = $5`,
    [site.id, site.secret, site.allowedOrigins, site.checkoutUrl, site.moderateReviews],
  );
}

/** A site as stored, or undefined. */
export async function readSite(db: Sql, id: string): Promise<Site | undefined> {
  const [row] = await db.query<SiteRow>('SELECT id, secret, allowed_origins, checkout_url, moderate_reviews FROM sites WHERE id = $1', [id]);
  return row && { id: row.id, secret: row.secret, allowedOrigins: row.allowed_origins, checkoutUrl: row.checkout_url, moderateReviews: row.moderate_reviews };
}

/**
 * Sites by id, remembered for `ttl` ms: every request needs its site, and a site changes
 * rarely. A changed secret or origin list takes effect within `ttl` on every copy.
 */
export class SiteCache {
  private readonly cache = new Map<string, { site: Site | undefined; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttl = 5_000,
  ) {}

  async get(id: string): Promise<Site | undefined> {
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit.site;
    const site = await readSite(this.db, id);
    // Unknown ids are remembered too, so probing random sites costs one query per id and ttl.
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { site, until: Date.now() + this.ttl });
    return site;
  }

  /** Drops what this copy remembers of a site it just changed; other copies see the change within `ttl`. */
  forget(id: string): void {
    this.cache.delete(id);
  }
}

export const allowsOrigin = (site: Site, origin: string | undefined): boolean =>
  !origin || site.allowedOrigins.length === 0 || site.allowedOrigins.includes(origin);
