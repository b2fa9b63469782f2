import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseLocation } from './store/database.js';
import type { LanAddress } from './venue/lan-addresses.js';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** Shorter admin tokens could be guessed. */
export const ADMIN_TOKEN_MIN_LENGTH = 16;

const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(z.url().optional()),
  REDIS_URL: optionalString.pipe(z.url().optional()),
  ADMIN_TOKEN: optionalString.pipe(
    z
      .string()
      .min(ADMIN_TOKEN_MIN_LENGTH, `ADMIN_TOKEN must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters`)
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().positive().default(500),
  HEARTBEAT_MS: z.coerce.number().int().positive().default(30_000),
  MAX_CONNECTIONS_PER_IP: z.coerce.number().int().positive().default(256),
  MAX_MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(300),
  MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
  AUTO_VERSION_MINUTES: z.coerce.number().positive().default(10),
  PUBLIC_URL: optionalString.pipe(
    z
      .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http or https URL' })
      .refine((url) => ['', '/'].includes(URL.parse(url)?.pathname ?? '/') && !URL.parse(url)?.search, {
        error: 'PUBLIC_URL must be an origin such as https://workshop.example.org, without a path',
      })
      .optional(),
  ),
});

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseLocation;
  /** When set, rooms are shared with the other instances on this Redis (and the same DATABASE_URL). */
  redisUrl: string | undefined;
  /** When set, creating a workshop needs `Authorization: Bearer <adminToken>`. */
  adminToken: string | undefined;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  /** Largest websocket frame accepted; bigger ones close the socket with 1009. */
  maxMessageBytes: number;
  /** Fold the update log into the snapshot once a room has appended this many rows. */
  compactAfterUpdates: number;
  /** Ping interval; a socket that misses a whole interval without a pong is dropped. */
  heartbeatMs: number;
  /** Open collaboration sockets allowed from one address (behind a proxy, that is the proxy). */
  maxConnectionsPerIp: number;
  /** Sustained frames per second one socket may send (bursts up to twice that). */
  maxMessagesPerSecond: number;
  /** Bytes waiting to be sent to one socket past which its peer is taken to have stopped reading. */
  maxBufferedBytes: number;
  /** While a room is being edited, an automatic version is saved at most this often (and when it empties). */
  autoVersionMs: number;
  /**
   * Where people reach this server, e.g. `https://workshop.example.org`: the origin join codes' URLs
   * and QR codes point at. Undefined: the address each request came to (see `publicBase`).
   */
  publicUrl: string | undefined;
  /** Built browser client; `npm start` builds it with Vite first. */
  clientDir: string;
  /** Set by `npm run venue`: this laptop serves the room's Wi-Fi (see `loadVenueConfig`). */
  venue: VenueSettings | undefined;
}

export interface VenueSettings {
  /** This machine's IPv4 addresses the server listens on, the likeliest to be the room's Wi-Fi first. */
  lanAddresses: LanAddress[];
  /** `HOST` is `0.0.0.0` (or `::`): every interface, not one address. */
  everyInterface: boolean;
  /** `DATA_DIR`, resolved: where venue mode keeps its admin token and facilitator links. */
  dataDir: string;
  /** The file the admin token was read from or made in; undefined when `ADMIN_TOKEN` was set. */
  adminTokenFile: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || (isIP(host) === 4 && host.startsWith('127.'));
}

function parseEnvironment(env: NodeJS.ProcessEnv): z.infer<typeof EnvironmentSchema> {
  const parsed = EnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const e = parseEnvironment(env);
  // Anyone who can reach a public address could otherwise create workshops on it.
  if (!e.ADMIN_TOKEN && !isLoopback(e.HOST)) {
    throw new ConfigError(
      `HOST=${e.HOST} is reachable beyond this machine: set ADMIN_TOKEN to restrict who creates workshops`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.DATA_DIR, 'pglite') },
    redisUrl: e.REDIS_URL,
    adminToken: e.ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    heartbeatMs: e.HEARTBEAT_MS,
    maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    autoVersionMs: e.AUTO_VERSION_MINUTES * 60_000,
    publicUrl: e.PUBLIC_URL === undefined ? undefined : new URL(e.PUBLIC_URL).origin,
    clientDir: path.resolve(import.meta.dirname, '../dist/client'),
    venue: undefined,
  };
}

/**
 * What `npm run venue` changes when the variable is not set: every interface, so phones on the
 * room's Wi-Fi reach the laptop; and only warnings in the terminal, which shows the venue banner.
 */
export const VENUE_DEFAULTS = { HOST: '0.0.0.0', LOG_LEVEL: 'warn' } as const;

/** Where venue mode keeps, under `DATA_DIR`, the admin token it made (mode 0600). */
export const ADMIN_TOKEN_FILE = 'admin-token';
/** Where venue mode keeps, under `DATA_DIR`, the facilitator link it printed for each workshop (0600). */
export const VENUE_LINKS_FILE = 'venue-links.json';

export interface VenueDiscovery {
  lanAddresses: LanAddress[];
  /** The admin token kept in `file` (made there on first use). */
  keepAdminToken(file: string): string;
}

/**
 * `npm run venue`'s configuration: `loadConfig` with the venue defaults, and without `ADMIN_TOKEN`
 * one made once and kept under `DATA_DIR` (binding beyond loopback needs one, and a restart must
 * not change it). `discovery` is what comes from the machine rather than the environment.
 */
export function loadVenueConfig(env: NodeJS.ProcessEnv, discovery: VenueDiscovery): ServerConfig {
  const withDefaults: NodeJS.ProcessEnv = { ...env };
  for (const [name, value] of Object.entries(VENUE_DEFAULTS)) if (!env[name]) withDefaults[name] = value;
  const e = parseEnvironment(withDefaults);
  const dataDir = path.resolve(e.DATA_DIR);
  const adminTokenFile = e.ADMIN_TOKEN ? undefined : path.join(dataDir, ADMIN_TOKEN_FILE);
  if (adminTokenFile) withDefaults.ADMIN_TOKEN = discovery.keepAdminToken(adminTokenFile);
  // Bound to one address, the server is reachable at that one only.
  const everyInterface = e.HOST === '0.0.0.0' || e.HOST === '::';
  const lanAddresses = discovery.lanAddresses.filter((lan) => everyInterface || lan.address === e.HOST);
  return { ...loadConfig(withDefaults), venue: { lanAddresses, everyInterface, dataDir, adminTokenFile } };
}
