/**
 * Sizes of the server comparison. The defaults are the issue's; every one can be lowered from the
 * environment for a quick run (e.g. BENCH_CAPACITY_CONNECTIONS=200 BENCH_TRACE_OPS=20000).
 */
import { positiveIntegerFromEnv } from '../config.js';
import type { OursStore, ServerName } from './servers.js';

function listFromEnv<T extends string>(name: string, allowed: readonly T[]): T[] {
  const raw = process.env[name];
  if (!raw) return [...allowed];
  const chosen = raw.split(',').map((entry) => entry.trim());
  const unknown = chosen.filter((entry) => !allowed.includes(entry as T));
  if (unknown.length > 0)
    throw new Error(`${name}: unknown ${unknown.join(', ')}; choose from ${allowed.join(', ')}`);
  return chosen as T[];
}

/** An opt-in switch: `1` or `true` turns it on, unset, empty, `0` or `false` leaves it off. */
function flagFromEnv(name: string): boolean {
  const raw = (process.env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new Error(`${name} must be 1 or 0, got ${process.env[name]}`);
}

export const SCENARIOS = ['fanout', 'capacity', 'durability', 'coldload'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export const SETTINGS = {
  servers: listFromEnv<ServerName>('BENCH_SERVERS', ['ours', 'y-websocket', 'hocuspocus']),
  /** Which store ours persists to: a scratch PostgreSQL database, or the embedded PGlite (`npm start`'s). */
  oursStore: (listFromEnv<OursStore>('BENCH_OURS_STORE', ['postgres', 'embedded'])[0] ??
    'postgres') as OursStore,
  scenarios: listFromEnv<ScenarioName>('BENCH_SCENARIOS', SCENARIOS),
  fanout: {
    readers: positiveIntegerFromEnv('BENCH_FANOUT_READERS', 50),
    edits: positiveIntegerFromEnv('BENCH_FANOUT_EDITS', 2000),
    /** Paced edits: one every 5 ms, a room of fast typists; the burst sends them all at once. */
    intervalMs: positiveIntegerFromEnv('BENCH_FANOUT_INTERVAL_MS', 5),
    /** p99 and burst times swing with whatever else the machine runs: each figure is the median of these rounds. */
    rounds: positiveIntegerFromEnv('BENCH_FANOUT_ROUNDS', 5),
    /**
     * Also measure the paced fan-out with persistence off, in every round and for every server: the floor
     * that the load generator and the kernel set, below which no server can go on this machine.
     */
    alsoWithoutPersistence: flagFromEnv('BENCH_FANOUT_PERSISTENCE_OFF'),
  },
  capacity: {
    connections: positiveIntegerFromEnv('BENCH_CAPACITY_CONNECTIONS', 2000),
    rooms: positiveIntegerFromEnv('BENCH_CAPACITY_ROOMS', 200),
    warmupSeconds: positiveIntegerFromEnv('BENCH_CAPACITY_WARMUP_SECONDS', 5),
    seconds: positiveIntegerFromEnv('BENCH_CAPACITY_SECONDS', 20),
    /**
     * Machine noise between two runs is larger than the differences between servers: the servers take turns
     * round by round, and each figure is the median of the rounds.
     */
    rounds: positiveIntegerFromEnv('BENCH_CAPACITY_ROUNDS', 3),
  },
  durability: {
    rooms: positiveIntegerFromEnv('BENCH_DURABILITY_ROOMS', 10),
    /** Edits each writer keeps in flight: enough to saturate the server, bounded so queues stay finite. */
    window: positiveIntegerFromEnv('BENCH_DURABILITY_WINDOW', 50),
    warmupSeconds: positiveIntegerFromEnv('BENCH_DURABILITY_WARMUP_SECONDS', 2),
    seconds: positiveIntegerFromEnv('BENCH_DURABILITY_SECONDS', 10),
  },
  coldload: {
    operations: positiveIntegerFromEnv('BENCH_TRACE_OPS', 200_000),
    runs: positiveIntegerFromEnv('BENCH_COLDLOAD_RUNS', 5),
  },
  /** Set to a directory to write a V8 CPU profile of our server for each launch (`node --cpu-prof`). */
  cpuProfileDir: process.env.BENCH_CPU_PROF || undefined,
  databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
} as const;
