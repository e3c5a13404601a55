import type { Db } from '../db/db.js';
import type { EventHub } from '../events/hub.js';
import type { UserClaims } from '../auth/user-token.js';
import type { Member } from '../data/team.js';
import type { Log } from '../log.js';

export interface Site {
  readonly id: string;
  readonly secret: string;
  /** Empty: any origin. */
  readonly allowedOrigins: readonly string[];
  readonly checkoutUrl: string | null;
  /** New reviews wait for the seller's approval before anyone sees them. */
  readonly moderateReviews: boolean;
}

/** What middleware puts on the context for the handlers. */
export interface AppEnv {
  Variables: {
    db: Db;
    events: EventHub;
    log: Log;
    /** This request's id: its X-Request-Id header, sent or made, and in its log lines. */
    requestId: string;
    /** Signs page cursors (http/cursor.ts). */
    cursorKey: Buffer;
    /** The client address that limits count against. */
    address: string;
    site: Site;
    /** From a valid X-Visitor-Token. */
    visitor?: string;
    /** From a valid X-User-Token. */
    user?: UserClaims;
    /** The team member whose credential authorized a `member:` route; unset for the secret key. */
    member?: Member;
  };
}
