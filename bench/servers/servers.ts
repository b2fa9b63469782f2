import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createWorkshop } from '../../tests/helpers/test-server.js';
import { freePort } from '../../tests/helpers/server-process.js';
import type { Endpoint } from './bench-socket.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ServerName = 'ours' | 'y-websocket' | 'hocuspocus';
/** Where ours persists (BENCH_OURS_STORE): PostgreSQL, or the embedded PGlite on its thread. */
export type OursStore = 'postgres' | 'embedded';

/** Where each server persists; the same across restarts, so a cold load finds what was stored. */
export interface Stores {
  oursStore: OursStore;
  oursDatabaseUrl: string;
  /** DATA_DIR for ours on the embedded store. */
  oursDataDir: string;
  hocuspocusDatabaseUrl: string;
  leveldbDir: string;
}

export interface LaunchOptions {
  persist: boolean;
  stores: Stores;
  /** Write a V8 CPU profile of the server into this directory (ours only). */
  cpuProfileDir?: string | undefined;
  /** A fixed port, so rooms handed out by an earlier launch stay reachable after a restart. */
  port?: number | undefined;
}

export interface LaunchedServer {
  pid: number;
  /** A room nobody has used yet (for ours, a new workshop). */
  newRoom(): Promise<Endpoint>;
  /** SIGTERM, as an operator stops it, and wait for the exit (SIGKILL past 30 s). */
  stop(): Promise<void>;
}

export interface ServerKind {
  name: ServerName;
  title: string;
  /** What "persistence on" means for this server, for the report. */
  persistence: string;
  /** The PostgreSQL database it persists to, if any: its backends' CPU is part of the server's cost. */
  database(stores: Stores): string | undefined;
  launch(options: LaunchOptions): Promise<LaunchedServer>;
}

/**
 * Both limits exist to protect a public server from one client; here every generator socket comes from
 * 127.0.0.1 and the burst is 2,000 frames on one socket. The references have neither limit.
 */
const OUR_LIMITS = { MAX_CONNECTIONS_PER_IP: '100000', MAX_MESSAGES_PER_SECOND: '100000' };

const STOP_TIMEOUT_MS = 30_000;

async function spawnNode(
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  port: number,
): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${args.join(' ')} exited early:\n${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}${readyPath}`);
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not start listening:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function profileArgs(dir: string | undefined): string[] {
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

const ours: ServerKind = {
  name: 'ours',
  title: 'ours',
  persistence:
    'PostgreSQL (scratch database), or with BENCH_OURS_STORE=embedded PGlite on its own thread (fsync on): every update appended (group commit) before it counts as stored',
  // The embedded store's thread is part of the server process: its CPU is already the server's.
  database: (stores) => (stores.oursStore === 'postgres' ? stores.oursDatabaseUrl : undefined),
  async launch({ persist, stores, cpuProfileDir, port: fixedPort }) {
    const port = fixedPort ?? (await freePort());
    const env = { LOG_LEVEL: 'warn', ...OUR_LIMITS };
    const profile = profileArgs(cpuProfileDir);
    // With persistence, exactly what `npm start` runs (the client build aside, which rooms do not use).
    const running = persist
      ? await spawnNode(
          [...profile, '--import', 'tsx', 'server/main.ts'],
          {
            ...env,
            ...(stores.oursStore === 'postgres'
              ? { DATABASE_URL: stores.oursDatabaseUrl }
              : { DATABASE_URL: '', DATA_DIR: stores.oursDataDir }),
          },
          '/healthz',
          port,
        )
      : await spawnNode(
          [...profile, '--import', 'tsx', 'bench/servers/ours-without-store.ts'],
          env,
          '/healthz',
          port,
        );
    const base = `127.0.0.1:${port}`;
    return {
      pid: running.child.pid ?? 0,
      async newRoom() {
        const id = persist ? undefined : randomUUID();
        if (id)
          return {
            url: `ws://${base}/collab/${id}?token=bench`,
            dialect: 'y-websocket',
            documentName: id,
            token: 'bench',
          };
        const workshop = await createWorkshop(`http://${base}`, { title: 'Benchmark room' });
        const token = workshop.invites.participant;
        return {
          url: `ws://${base}/collab/${workshop.id}?token=${encodeURIComponent(token)}`,
          dialect: 'y-websocket',
          documentName: workshop.id,
          token,
        };
      },
      stop: running.stop,
    };
  },
};

const yWebsocket: ServerKind = {
  name: 'y-websocket',
  title: 'y-websocket',
  persistence: 'LevelDB via y-leveldb (YPERSISTENCE): every update stored as it arrives',
  // LevelDB runs inside the server process: its CPU is already the server's.
  database: () => undefined,
  async launch({ persist, stores, port: fixedPort }) {
    const port = fixedPort ?? (await freePort());
    // The package's own server script, as `npx y-websocket` runs it.
    const running = await spawnNode(
      ['node_modules/@y/websocket-server/src/server.js'],
      { HOST: '127.0.0.1', ...(persist ? { YPERSISTENCE: stores.leveldbDir } : {}) },
      '/',
      port,
    );
    return {
      pid: running.child.pid ?? 0,
      async newRoom() {
        const name = `bench-${randomUUID()}`;
        return {
          url: `ws://127.0.0.1:${port}/${name}`,
          dialect: 'y-websocket',
          documentName: name,
          token: '',
        };
      },
      stop: running.stop,
    };
  },
};

const hocuspocus: ServerKind = {
  name: 'hocuspocus',
  title: 'Hocuspocus',
  persistence:
    'PostgreSQL (scratch database) via @hocuspocus/extension-database: whole state, debounced 2 s (max 10 s) and on last leave',
  database: (stores) => stores.hocuspocusDatabaseUrl,
  async launch({ persist, stores, port: fixedPort }) {
    const port = fixedPort ?? (await freePort());
    const running = await spawnNode(
      ['--import', 'tsx', 'bench/servers/hocuspocus-server.ts'],
      persist ? { DATABASE_URL: stores.hocuspocusDatabaseUrl } : {},
      '/',
      port,
    );
    return {
      pid: running.child.pid ?? 0,
      async newRoom() {
        const name = `bench-${randomUUID()}`;
        return { url: `ws://127.0.0.1:${port}/`, dialect: 'hocuspocus', documentName: name, token: 'bench' };
      },
      stop: running.stop,
    };
  },
};

export const SERVER_KINDS: readonly ServerKind[] = [ours, yWebsocket, hocuspocus];
