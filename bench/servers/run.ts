/**
 * `npm run bench:servers`: our server, the y-websocket reference server and Hocuspocus, each in its own
 * process on loopback, driven in turn by the same load-generator process (load-generator.ts) with the
 * same load. Scenario by scenario, every server gets a fresh process; fan-out and capacity run in rounds,
 * the servers taking turns within each round, and their figures are the medians of the rounds. Prints a
 * Markdown table with each figure and the ratios ours/reference and ours/Hocuspocus, and writes every
 * figure and every round to bench/results/servers-<timestamp>.json.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../tests/helpers/server-process.js';
import { writeResults } from '../report.js';
import { round } from '../stats.js';
import { formatComparison, type Figure } from './comparison.js';
import { SETTINGS } from './config.js';
import { buildTraceDocument } from './editing-trace.js';
import type { GeneratorMessage } from './load-generator.js';
import { cpuMs, rssBytes, sampleProcess, type ProcessUsage } from './process-stats.js';
import type { CapacityResult, FanoutResult, LoadResult, Scenario, ThroughputResult } from './scenarios.js';
import {
  SERVER_KINDS,
  type LaunchedServer,
  type ServerKind,
  type ServerName,
  type Stores,
} from './servers.js';

const GENERATOR = fileURLToPath(new URL('./load-generator.ts', import.meta.url));

function progress(message: string): void {
  process.stderr.write(`[bench:servers ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

interface Generated<T> {
  result: T;
  generatorCpuMs: number;
  generatorLoopDelayP99Ms: number;
}

/** Runs one scenario in a fresh load-generator process; `onWindow` hears when the measured window opens and closes. */
function generate<T>(scenario: Scenario, onWindow?: (phase: 'start' | 'end') => void): Promise<Generated<T>> {
  return new Promise((resolve, reject) => {
    const child = fork(GENERATOR, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (message: GeneratorMessage) => {
      if (message.type === 'window') onWindow?.(message.phase);
      else if (message.type === 'result') {
        settled = true;
        resolve({
          result: message.result as T,
          generatorCpuMs: message.cpuMs,
          generatorLoopDelayP99Ms: round(message.loopDelayP99Ms),
        });
      } else {
        settled = true;
        reject(new Error(`load generator: ${message.message}`));
      }
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with ${code} before answering`));
    });
    child.send(scenario);
  });
}

interface FanoutRound {
  fanout: FanoutResult;
  burst: FanoutResult;
  /** The paced fan-out again on a server with persistence off (BENCH_FANOUT_PERSISTENCE_OFF): the relay alone. */
  fanoutWithoutPersistence?: FanoutResult;
  generatorLoopDelayP99Ms: { fanout: number; burst: number; fanoutWithoutPersistence?: number };
}

type CapacityRound = CapacityResult & {
  server: ProcessUsage & { idleRssBytes: number };
  /** PostgreSQL backends serving the server's database, over the same window (0 without one). */
  databaseCpuPercent: number;
  generatorCpuPercent: number;
  generatorLoopDelayP99Ms: number;
};

interface ServerResults {
  fanout: FanoutRound[];
  /** One entry per round, in order. */
  capacity: CapacityRound[];
  durability?: { on: ThroughputResult; off: ThroughputResult };
  coldload?: { runsMs: number[]; medianMs: number };
}

async function withServer<T>(
  kind: ServerKind,
  stores: Stores,
  persist: boolean,
  work: (server: LaunchedServer) => Promise<T>,
  port?: number,
): Promise<T> {
  const server = await kind.launch({ persist, stores, cpuProfileDir: SETTINGS.cpuProfileDir, port });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

async function measureFanout(kind: ServerKind, stores: Stores, round: number): Promise<FanoutRound> {
  const { readers, edits, intervalMs, rounds } = SETTINGS.fanout;
  return withServer(kind, stores, true, async (server) => {
    progress(
      `${kind.title}: fan-out ${round}/${rounds}, 1 writer + ${readers} readers, ${edits} edits every ${intervalMs} ms, then all at once`,
    );
    const fanout = await generate<FanoutResult>({
      kind: 'fanout',
      room: await server.newRoom(),
      readers,
      edits,
      intervalMs,
    });
    const burst = await generate<FanoutResult>({
      kind: 'burst',
      room: await server.newRoom(),
      readers,
      edits,
    });
    return {
      fanout: fanout.result,
      burst: burst.result,
      generatorLoopDelayP99Ms: {
        fanout: fanout.generatorLoopDelayP99Ms,
        burst: burst.generatorLoopDelayP99Ms,
      },
    };
  });
}

/** The paced fan-out only, on a fresh process with persistence off: what the generator and the kernel cost. */
async function measureFanoutWithoutPersistence(
  kind: ServerKind,
  stores: Stores,
  round: number,
): Promise<Generated<FanoutResult>> {
  const { readers, edits, intervalMs, rounds } = SETTINGS.fanout;
  return withServer(kind, stores, false, async (server) => {
    progress(
      `${kind.title}: fan-out ${round}/${rounds}, persistence off, ${edits} edits every ${intervalMs} ms`,
    );
    return generate<FanoutResult>({
      kind: 'fanout',
      room: await server.newRoom(),
      readers,
      edits,
      intervalMs,
    });
  });
}

async function measureCapacity(
  kind: ServerKind,
  stores: Stores,
  roundNumber: number,
): Promise<CapacityRound> {
  const { connections, rooms, warmupSeconds, seconds, rounds } = SETTINGS.capacity;
  return withServer(kind, stores, true, async (server) => {
    const endpoints = [];
    for (let room = 0; room < rooms; room++) endpoints.push(await server.newRoom());
    const idleRssBytes = await rssBytes(server.pid);
    progress(
      `${kind.title}: capacity ${roundNumber}/${rounds}, ${connections} connections over ${rooms} rooms, ` +
        `1 edit/s each, ${seconds} s`,
    );
    const sampler = sampleProcess(server.pid);
    const database = sampleDatabase(kind.database(stores));
    let usage: Promise<ProcessUsage> | undefined;
    let databaseCpu: Promise<number> | undefined;
    const generated = await generate<CapacityResult>(
      {
        kind: 'capacity',
        rooms: endpoints,
        perRoom: Math.max(2, Math.round(connections / rooms)),
        warmupSeconds,
        seconds,
      },
      (phase) => {
        if (phase === 'start') {
          void sampler.start();
          void database.start();
        } else {
          usage = sampler.stop();
          databaseCpu = database.stop();
        }
      },
    );
    if (!usage) throw new Error('the capacity window never closed');
    const totalSeconds = warmupSeconds + seconds;
    return {
      ...generated.result,
      server: { ...(await usage), idleRssBytes },
      databaseCpuPercent: round((await databaseCpu) ?? 0),
      generatorCpuPercent: round((generated.generatorCpuMs / (totalSeconds * 1000)) * 100),
      generatorLoopDelayP99Ms: generated.generatorLoopDelayP99Ms,
    };
  });
}

/**
 * CPU of the PostgreSQL backends connected to one database (other databases on the same PostgreSQL
 * belong to other people's tests). A backend that closes during the window is left out.
 */
function sampleDatabase(url: string | undefined) {
  let before = new Map<number, number>();
  let startedAt = 0;
  const read = async (pids: Iterable<number>) =>
    new Map(
      (
        await Promise.all(
          [...pids].map(async (pid) => [pid, await cpuMs(pid).catch(() => Number.NaN)] as const),
        )
      ).filter(([, ms]) => !Number.isNaN(ms)),
    );
  return {
    async start(): Promise<void> {
      if (!url) return;
      const client = new pg.Client({ connectionString: SETTINGS.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = $1',
        [new URL(url).pathname.slice(1)],
      );
      await client.end();
      startedAt = performance.now();
      before = await read(rows.map((row) => row.pid));
    },
    async stop(): Promise<number> {
      if (before.size === 0) return 0;
      const after = await read(before.keys());
      let used = 0;
      for (const [pid, ms] of after) used += ms - (before.get(pid) ?? ms);
      return (used / (performance.now() - startedAt)) * 100;
    },
  };
}

async function measureThroughput(
  kind: ServerKind,
  stores: Stores,
  persist: boolean,
): Promise<ThroughputResult> {
  const { rooms, window, warmupSeconds, seconds } = SETTINGS.durability;
  return withServer(kind, stores, persist, async (server) => {
    const endpoints = [];
    for (let room = 0; room < rooms; room++) endpoints.push(await server.newRoom());
    progress(
      `${kind.title}: updates/s with persistence ${persist ? 'on' : 'off'}, ${rooms} rooms, ${seconds} s`,
    );
    const generated = await generate<ThroughputResult>({
      kind: 'throughput',
      rooms: endpoints,
      window,
      warmupSeconds,
      seconds,
    });
    return generated.result;
  });
}

interface Trace {
  file: string;
  textLength: number;
  bytes: number;
}

async function measureColdLoad(
  kind: ServerKind,
  stores: Stores,
  trace: Trace,
): Promise<ServerResults['coldload']> {
  const port = await freePort();
  const room = await withServer(
    kind,
    stores,
    true,
    async (server) => {
      progress(`${kind.title}: storing the ${SETTINGS.coldload.operations}-operation document`);
      const endpoint = await server.newRoom();
      await generate({
        kind: 'upload',
        room: endpoint,
        updateFile: trace.file,
        textLength: trace.textLength,
      });
      // y-websocket writes LevelDB asynchronously and exits at once on SIGTERM: let its writes land.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return endpoint;
    },
    port,
  );
  const runsMs: number[] = [];
  for (let run = 1; run <= SETTINGS.coldload.runs; run++) {
    progress(`${kind.title}: cold load ${run}/${SETTINGS.coldload.runs} (fresh process)`);
    const generated = await withServer(
      kind,
      stores,
      true,
      () => generate<LoadResult>({ kind: 'load', room, textLength: trace.textLength }),
      port,
    );
    runsMs.push(round(generated.result.wholeDocumentMs));
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
}

/** Scratch databases and a LevelDB directory for this run only, removed afterwards. */
async function createStores(): Promise<{ stores: Stores; remove(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: SETTINGS.databaseUrl });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = [`bench_ours_${suffix}`, `bench_hocuspocus_${suffix}`];
  for (const name of names) await admin.query(`create database ${name}`);
  const withDatabase = (name: string) => {
    const url = new URL(SETTINGS.databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-servers-'));
  return {
    stores: {
      oursStore: SETTINGS.oursStore,
      oursDatabaseUrl: withDatabase(names[0] as string),
      oursDataDir: path.join(scratch, 'ours-embedded'),
      hocuspocusDatabaseUrl: withDatabase(names[1] as string),
      leveldbDir: path.join(scratch, 'leveldb'),
    },
    async remove() {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

function median(values: number[]): number | undefined {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  return sorted.length < values.length ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
}

function figures(results: Partial<Record<ServerName, ServerResults>>): Figure[] {
  const pick = (value: (entry: ServerResults, name: ServerName) => number | undefined) =>
    Object.fromEntries(
      Object.entries(results).flatMap(([name, entry]) => {
        const picked = entry ? value(entry, name as ServerName) : undefined;
        return picked === undefined ? [] : [[name, picked]];
      }),
    ) as Partial<Record<ServerName, number>>;
  /** A capacity figure: the median over the rounds of its value in each round. */
  const pickCapacity = (value: (run: CapacityRound, name: ServerName) => number | undefined) =>
    pick((entry, name) => {
      const perRound = entry.capacity.map((run) => value(run, name));
      return perRound.some((picked) => picked === undefined) ? undefined : median(perRound as number[]);
    });
  /** A paced fan-out figure with persistence off: the median over the rounds that measured it. */
  const pickWithoutPersistence = (value: (run: FanoutResult) => number) =>
    pick((entry) =>
      median(
        entry.fanout.flatMap((run) =>
          run.fanoutWithoutPersistence ? [value(run.fanoutWithoutPersistence)] : [],
        ),
      ),
    );
  const { fanout, capacity, durability, coldload } = SETTINGS;
  const capacityRounds = capacity.rounds > 1 ? `, median of ${capacity.rounds} rounds` : '';
  const all: Figure[] = [
    {
      figure: `fan-out p50, 1 → ${fanout.readers} readers, edit every ${fanout.intervalMs} ms, until every reader has it`,
      unit: 'ms',
      better: 'lower',
      values: pick((entry) => median(entry.fanout.map((run) => run.fanout.toEveryReader.p50))),
    },
    {
      figure: 'fan-out p99, same',
      unit: 'ms',
      better: 'lower',
      values: pick((entry) => median(entry.fanout.map((run) => run.fanout.toEveryReader.p99))),
      target: { kind: 'at-most', timesBest: 0.8 },
    },
    {
      figure: 'fan-out p50, persistence off (the relay alone)',
      unit: 'ms',
      better: 'lower',
      values: pickWithoutPersistence((run) => run.toEveryReader.p50),
    },
    {
      figure: 'fan-out p99, persistence off (the relay alone)',
      unit: 'ms',
      better: 'lower',
      values: pickWithoutPersistence((run) => run.toEveryReader.p99),
    },
    {
      figure: `burst: ${fanout.edits} edits sent at once, until every reader has the last`,
      unit: 'ms',
      better: 'lower',
      values: pick((entry) => median(entry.fanout.map((run) => run.burst.burstMs ?? Number.NaN))),
      target: { kind: 'at-most', timesBest: 0.8 },
    },
    {
      figure:
        `capacity p99 fan-out, ${capacity.connections} sockets / ${capacity.rooms} rooms, 1 edit/s each` +
        capacityRounds,
      unit: 'ms',
      better: 'lower',
      values: pickCapacity((run) => run.perDelivery.p99),
      target: { kind: 'at-least-best' },
    },
    {
      figure: 'capacity: edits delivered in the window',
      unit: '%',
      better: 'higher',
      values: pickCapacity(
        (run) =>
          (100 * (run.expectedDeliveries - run.missingDeliveries)) / Math.max(1, run.expectedDeliveries),
      ),
      target: { kind: 'at-least-best' },
    },
    {
      figure: 'capacity: server CPU',
      unit: '% of a core',
      better: 'lower',
      values: pickCapacity((run) => run.server.cpuPercent),
    },
    {
      figure: 'capacity: CPU of its PostgreSQL backends',
      unit: '% of a core',
      better: 'lower',
      // y-websocket's LevelDB runs in the server process: its cost is in the server's CPU already.
      values: pickCapacity((run, name) => (name === 'y-websocket' ? undefined : run.databaseCpuPercent)),
    },
    {
      figure: 'capacity: server peak RSS',
      unit: 'MiB',
      better: 'lower',
      values: pickCapacity((run) => run.server.peakRssBytes / 2 ** 20),
    },
    {
      figure: 'capacity: RSS the load added (peak − before the sockets)',
      unit: 'MiB',
      better: 'lower',
      values: pickCapacity((run) => (run.server.peakRssBytes - run.server.idleRssBytes) / 2 ** 20),
    },
    {
      figure: `durability: updates/s, persistence on (${durability.rooms} rooms, ${durability.window} in flight each)`,
      unit: '/s',
      better: 'higher',
      values: pick((entry) => entry.durability?.on.updatesPerSecond),
    },
    {
      figure: 'durability: updates/s, persistence off',
      unit: '/s',
      better: 'higher',
      values: pick((entry) => entry.durability?.off.updatesPerSecond),
    },
    {
      figure: 'durability: on / off',
      unit: '%',
      better: 'higher',
      values: pick((entry) =>
        entry.durability
          ? (100 * entry.durability.on.updatesPerSecond) / entry.durability.off.updatesPerSecond
          : undefined,
      ),
    },
    {
      figure: `cold load, ${coldload.operations}-operation document, median of ${coldload.runs}`,
      unit: 'ms',
      better: 'lower',
      values: pick((entry) => entry.coldload?.medianMs),
    },
  ];
  return all.filter((figure) => Object.keys(figure.values).length > 0);
}

function generatorNotes(kinds: ServerKind[], results: Partial<Record<ServerName, ServerResults>>): string {
  return kinds
    .flatMap((kind) => {
      const entry = results[kind.name];
      if (!entry) return [];
      const parts: string[] = [];
      const fanoutDelays = entry.fanout.flatMap((run) => [
        run.generatorLoopDelayP99Ms.fanout,
        run.generatorLoopDelayP99Ms.burst,
        ...(run.generatorLoopDelayP99Ms.fanoutWithoutPersistence === undefined
          ? []
          : [run.generatorLoopDelayP99Ms.fanoutWithoutPersistence]),
      ]);
      if (fanoutDelays.length > 0)
        parts.push(`fan-out event-loop delay p99 up to ${Math.max(...fanoutDelays)} ms`);
      // The worst round: the one where the generator lagged most (its event-loop delay), with its CPU.
      const worst = entry.capacity.reduce<CapacityRound | undefined>(
        (found, run) => (found && found.generatorLoopDelayP99Ms >= run.generatorLoopDelayP99Ms ? found : run),
        undefined,
      );
      if (worst) {
        const rounds = entry.capacity.length;
        parts.push(
          `capacity, worst of ${rounds} round${rounds === 1 ? '' : 's'} (round ${entry.capacity.indexOf(worst) + 1}): ` +
            `${worst.generatorCpuPercent}% of a core, event-loop delay p99 ${worst.generatorLoopDelayP99Ms} ms`,
        );
      }
      return parts.length > 0 ? [`- against ${kind.title}: ${parts.join('; ')}`] : [];
    })
    .join('\n');
}

async function benchmark(startedAt: Date): Promise<void> {
  const kinds = SERVER_KINDS.filter((kind) => SETTINGS.servers.includes(kind.name));
  const { stores, remove } = await createStores();
  const results: Partial<Record<ServerName, ServerResults>> = Object.fromEntries(
    kinds.map((kind) => [kind.name, { fanout: [], capacity: [] }]),
  );
  const loadBefore = os.loadavg();
  let trace: Trace | undefined;
  try {
    for (const scenario of SETTINGS.scenarios) {
      if (scenario === 'coldload' && !trace) {
        progress(`building the ${SETTINGS.coldload.operations}-operation editing trace`);
        const built = buildTraceDocument(SETTINGS.coldload.operations);
        const file = path.join(path.dirname(stores.leveldbDir), 'trace.bin');
        await writeFile(file, built.update);
        trace = { file, textLength: built.textLength, bytes: built.update.byteLength };
      }
      // Scenario by scenario rather than server by server, and fan-out and capacity round by round with the
      // servers taking turns in each round: a change in the machine's load spreads over all of them.
      if (scenario === 'fanout')
        for (let round = 1; round <= SETTINGS.fanout.rounds; round++)
          for (const kind of kinds) {
            const measured = await measureFanout(kind, stores, round);
            if (SETTINGS.fanout.alsoWithoutPersistence) {
              const off = await measureFanoutWithoutPersistence(kind, stores, round);
              measured.fanoutWithoutPersistence = off.result;
              measured.generatorLoopDelayP99Ms.fanoutWithoutPersistence = off.generatorLoopDelayP99Ms;
            }
            results[kind.name]?.fanout.push(measured);
          }
      if (scenario === 'capacity')
        for (let round = 1; round <= SETTINGS.capacity.rounds; round++)
          for (const kind of kinds)
            results[kind.name]?.capacity.push(await measureCapacity(kind, stores, round));
      for (const kind of kinds) {
        const entry = results[kind.name] as ServerResults;
        if (scenario === 'durability')
          entry.durability = {
            on: await measureThroughput(kind, stores, true),
            off: await measureThroughput(kind, stores, false),
          };
        if (scenario === 'coldload' && trace) entry.coldload = await measureColdLoad(kind, stores, trace);
      }
    }
  } finally {
    await remove();
  }
  const loadAfter = os.loadavg();
  const table = figures(results);
  const cpus = os.cpus();
  const header =
    `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, Node ${process.version}; load average ${loadBefore[0]?.toFixed(2)} → ${loadAfter[0]?.toFixed(2)}` +
    (trace ? `; trace document ${Math.round(trace.bytes / 1024)} KiB, ${trace.textLength} characters` : '');
  const persistence = kinds.map((kind) => `- ${kind.title}: ${kind.persistence}`).join('\n');
  process.stdout.write(
    `\n${header}\n\n${formatComparison(table)}\n\nPersistence:\n${persistence}\n\n` +
      `Load generator (a lagging generator would inflate every server's figures alike):\n${generatorNotes(kinds, results)}\n`,
  );
  const file = await writeResults(
    startedAt,
    {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, node: process.version, loadBefore, loadAfter },
      settings: SETTINGS,
      persistence: Object.fromEntries(kinds.map((kind) => [kind.name, kind.persistence])),
      trace: trace ? { textLength: trace.textLength, bytes: trace.bytes } : undefined,
      figures: table,
      results,
    },
    'servers',
  );
  process.stdout.write(`\nAll figures: ${file}\n`);
}

benchmark(new Date()).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `server benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
