import { randomBytes } from 'node:crypto';
import { USER_TOKEN_MAX_LIFETIME } from './auth/user-token.js';
import { ACTIVITY_RETENTION_DAYS } from './data/activity.js';
import { LOG_LEVELS, type LogLevel } from './log.js';
import { ALLOWABLE, type Allowable } from './webhooks/addresses.js';

/** Everything the server reads from its environment (see server/README.md). */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL; when unset, PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** Key for visitor tokens; when unset, generated once and kept in the database. */
  readonly serverSecret?: string;
  /** Serve demo/ at / and dist/ at /dist/. */
  readonly serveStatic: boolean;
  /** Create or update the demo site and its data. */
  readonly seedDemo: boolean;
  readonly demoSiteSecret: string;
  readonly trustProxy: boolean;
  /** Seconds ahead a user token's `exp` may be at most. */
  readonly userTokenMaxLifetime: number;
  /** The operator's key for /admin routes; unset: no admin routes. `--demo` makes a random one. */
  readonly adminKey?: string;
  readonly logLevel: LogLevel;
  /** Address classes beyond public ones that webhook receivers may have; `--demo` allows loopback. */
  readonly webhooksAllow: ReadonlySet<Allowable>;
  /** Days shoppers' activity is kept for the insights. */
  readonly activityRetentionDays: number;
}

/** `--demo` (npm start) turns on the demo seed and static files. */
export function readConfig(env: NodeJS.ProcessEnv, args: readonly string[]): Config {
  const demo = args.includes('--demo');
  const flag = (name: string): boolean => ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const userTokenMaxLifetime = Number(env.USER_TOKEN_MAX_LIFETIME ?? USER_TOKEN_MAX_LIFETIME);
  if (!Number.isInteger(userTokenMaxLifetime) || userTokenMaxLifetime <= 0) throw new Error(`USER_TOKEN_MAX_LIFETIME must be seconds, not ${env.USER_TOKEN_MAX_LIFETIME}`);
  const activityRetentionDays = Number(env.ACTIVITY_RETENTION_DAYS || ACTIVITY_RETENTION_DAYS);
  if (!Number.isInteger(activityRetentionDays) || activityRetentionDays < 1) throw new Error(`ACTIVITY_RETENTION_DAYS must be a number of days, not ${env.ACTIVITY_RETENTION_DAYS}`);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!isLogLevel(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${logLevel}`);
  const webhooksAllow = (env.WEBHOOKS_ALLOW ?? (demo ? 'loopback' : '')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = webhooksAllow.find((name) => !isAllowable(name));
  if (unknown) throw new Error(`WEBHOOKS_ALLOW is a comma-separated list of ${ALLOWABLE.join(', ')}, not ${unknown}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './.data',
    serverSecret: env.SERVER_SECRET || undefined,
    serveStatic: demo || flag('STATIC'),
    seedDemo: demo || flag('SEED_DEMO'),
    // Demo only: anyone who reads this file knows it. Never use it for a real shop.
    demoSiteSecret: env.DEMO_SITE_SECRET || 'demo-secret-not-for-production',
    trustProxy: flag('TRUST_PROXY'),
    userTokenMaxLifetime,
    adminKey: env.ADMIN_KEY || (demo ? randomBytes(32).toString('base64url') : undefined),
    logLevel,
    webhooksAllow: new Set(webhooksAllow.filter(isAllowable)),
    activityRetentionDays,
  };
}

const isLogLevel = (level: string): level is LogLevel => (LOG_LEVELS as readonly string[]).includes(level);
const isAllowable = (name: string): name is Allowable => (ALLOWABLE as readonly string[]).includes(name);
