import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseLocation } from './store/database.js';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(z.url().optional()),
  REDIS_URL: optionalString.pipe(z.url().optional()),
  ADMIN_TOKEN: optionalString.pipe(
    z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
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
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || (isIP(host) === 4 && host.startsWith('127.'));
}

export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = EnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
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
  };
}
