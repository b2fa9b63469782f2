import * as Y from 'yjs';
import { summarizeTail, type TailSummary } from '../stats.js';
import { BenchSocket, type Endpoint } from './bench-socket.js';
import { SendLog, Typist } from './deliveries.js';

/** What the orchestrator asks one load-generator process to do. */
export type Scenario =
  | { kind: 'fanout'; room: Endpoint; readers: number; edits: number; intervalMs: number }
  | { kind: 'burst'; room: Endpoint; readers: number; edits: number }
  | { kind: 'capacity'; rooms: Endpoint[]; perRoom: number; warmupSeconds: number; seconds: number }
  | { kind: 'throughput'; rooms: Endpoint[]; window: number; warmupSeconds: number; seconds: number }
  | { kind: 'upload'; room: Endpoint; updateFile: string; textLength: number }
  | { kind: 'load'; room: Endpoint; textLength: number };

export interface FanoutResult {
  /** Per edit: from send until every reader had it. */
  toEveryReader: TailSummary;
  /** Per edit and reader: from send until that reader had it. */
  perDelivery: TailSummary;
  /** Burst only: from the first send until every reader had the last edit. */
  burstMs?: number;
  missingDeliveries: number;
}

export interface CapacityResult {
  perDelivery: TailSummary;
  expectedDeliveries: number;
  missingDeliveries: number;
  socketsClosed: number;
}

export interface ThroughputResult {
  updatesPerSecond: number;
  delivered: number;
}

export interface LoadResult {
  /** From opening the socket until the client holds the whole document. */
  wholeDocumentMs: number;
}

/** Lets the orchestrator sample the server's CPU over exactly the measured window. */
export type WindowSignal = (phase: 'start' | 'end') => void;

const DRAIN_TIMEOUT_MS = 60_000;
const CONNECT_CONCURRENCY = 50;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

/** Opens sockets a bounded number at a time: thousands of simultaneous handshakes measure the accept queue. */
async function connectAll(
  endpoints: Endpoint[],
  handler: (index: number) => (update: Uint8Array) => void,
): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = new Array(endpoints.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < endpoints.length; index = next++) {
      const socket = new BenchSocket(endpoints[index] as Endpoint, handler(index));
      sockets[index] = socket;
      await socket.ready;
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  return sockets;
}

async function closeAll(sockets: BenchSocket[]): Promise<void> {
  await Promise.all(sockets.map((socket) => socket.close()));
}

/** One writer, N readers in one room; edits paced (`intervalMs`) or all sent in one go (burst). */
async function fanout(
  room: Endpoint,
  readers: number,
  edits: number,
  intervalMs: number | null,
  signal: WindowSignal,
) {
  const typist = new Typist();
  const updates = Array.from({ length: edits }, () => typist.type());
  const log = new SendLog();
  const sentAt = log.writer(typist.clientId);
  const arrivals = Array.from({ length: readers }, () => new Float64Array(edits).fill(Number.NaN));
  let complete = 0;
  const sockets = await connectAll(Array<Endpoint>(readers).fill(room), (reader) =>
    log.receiver(undefined, (_client, clock, _sent, now) => {
      (arrivals[reader] as Float64Array)[clock] = now;
      if (clock === edits - 1) complete += 1;
    }),
  );
  const writer = new BenchSocket(room, () => undefined);
  await writer.ready;

  signal('start');
  const start = performance.now();
  for (let index = 0; index < edits; index++) {
    if (intervalMs !== null) {
      const wait = start + index * intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
    }
    sentAt[index] = performance.now();
    writer.sendUpdate(updates[index] as Uint8Array);
  }
  await until(() => complete === readers, DRAIN_TIMEOUT_MS);
  signal('end');

  const toEveryReader: number[] = [];
  const perDelivery: number[] = [];
  let missing = 0;
  for (let clock = 0; clock < edits; clock++) {
    let last = -Infinity;
    for (const reader of arrivals) {
      const arrived = reader[clock] as number;
      if (Number.isNaN(arrived)) missing += 1;
      else perDelivery.push(arrived - (sentAt[clock] as number));
      last = Math.max(last, arrived);
    }
    if (!Number.isNaN(last)) toEveryReader.push(last - (sentAt[clock] as number));
  }
  const lastArrival = Math.max(...arrivals.map((reader) => reader[edits - 1] as number));
  await closeAll([writer, ...sockets]);
  const result: FanoutResult = {
    toEveryReader: summarizeTail(toEveryReader),
    perDelivery: summarizeTail(perDelivery),
    missingDeliveries: missing,
  };
  if (intervalMs === null) result.burstMs = Number.isNaN(lastArrival) ? Number.NaN : lastArrival - start;
  return result;
}

/** Every connection types one character a second, at its own phase; every other socket in its room receives it. */
async function capacity(
  scenario: Extract<Scenario, { kind: 'capacity' }>,
  signal: WindowSignal,
): Promise<CapacityResult> {
  const log = new SendLog();
  const endpoints = scenario.rooms.flatMap((room) => Array<Endpoint>(scenario.perRoom).fill(room));
  const typists = endpoints.map(() => new Typist());
  let windowStart = Infinity;
  let windowEnd = Infinity;
  const latencies: number[] = [];
  const sockets = await connectAll(endpoints, (index) =>
    log.receiver((typists[index] as Typist).clientId, (_client, _clock, sent, now) => {
      if (sent >= windowStart && sent < windowEnd) latencies.push(now - sent);
    }),
  );
  let sentInWindow = 0;
  const timers = sockets.map((socket, index) => {
    const typist = typists[index] as Typist;
    const sentAt = log.writer(typist.clientId);
    const send = () => {
      if (!socket.open) return;
      const update = typist.type();
      const now = performance.now();
      sentAt.push(now);
      if (now >= windowStart && now < windowEnd) sentInWindow += 1;
      socket.sendUpdate(update);
    };
    let interval: NodeJS.Timeout | undefined;
    const phase = setTimeout(() => {
      send();
      interval = setInterval(send, 1000);
    }, Math.random() * 1000);
    return () => {
      clearTimeout(phase);
      clearInterval(interval);
    };
  });
  await sleep(scenario.warmupSeconds * 1000);
  windowStart = performance.now();
  windowEnd = windowStart + scenario.seconds * 1000;
  signal('start');
  await sleep(scenario.seconds * 1000);
  signal('end');
  for (const stop of timers) stop();
  const expected = sentInWindow * (scenario.perRoom - 1);
  await until(() => latencies.length >= expected, 5_000);
  const socketsClosed = sockets.filter((socket) => !socket.open).length;
  await closeAll(sockets);
  return {
    perDelivery: summarizeTail(latencies),
    expectedDeliveries: expected,
    missingDeliveries: Math.max(0, expected - latencies.length),
    socketsClosed,
  };
}

/**
 * Saturation: in each room one writer keeps `window` edits in flight (sent, not yet at the room's
 * reader) and sends the next as each arrives; the figure is edits delivered per second over all rooms.
 */
async function throughput(
  scenario: Extract<Scenario, { kind: 'throughput' }>,
  signal: WindowSignal,
): Promise<ThroughputResult> {
  const log = new SendLog();
  let counting = false;
  let delivered = 0;
  let running = true;
  const pairs = scenario.rooms.map(() => ({ typist: new Typist(), sent: 0, arrived: 0 }));
  const pumps: Array<() => void> = [];
  const readers = await connectAll(scenario.rooms, (index) =>
    log.receiver(undefined, () => {
      const pair = pairs[index];
      if (!pair) return;
      pair.arrived += 1;
      if (counting) delivered += 1;
      pumps[index]?.();
    }),
  );
  const writers = await connectAll(scenario.rooms, () => () => undefined);
  writers.forEach((writer, index) => {
    const pair = pairs[index];
    if (!pair) return;
    const sentAt = log.writer(pair.typist.clientId);
    pumps[index] = () => {
      while (running && writer.open && pair.sent - pair.arrived < scenario.window) {
        sentAt.push(performance.now());
        writer.sendUpdate(pair.typist.type());
        pair.sent += 1;
      }
    };
  });
  for (const pump of pumps) pump();
  await sleep(scenario.warmupSeconds * 1000);
  counting = true;
  const start = performance.now();
  signal('start');
  await sleep(scenario.seconds * 1000);
  counting = false;
  const seconds = (performance.now() - start) / 1000;
  signal('end');
  running = false;
  await closeAll([...writers, ...readers]);
  return { updatesPerSecond: Math.round(delivered / seconds), delivered };
}

/** Stores the trace document on the server, and checks a second client gets all of it back. */
async function upload(room: Endpoint, updateFile: string, textLength: number): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const update = new Uint8Array(await readFile(updateFile));
  const writer = new BenchSocket(room, () => undefined);
  await writer.ready;
  writer.sendUpdate(update);
  const check = await load(room, textLength);
  await writer.close();
  if (!Number.isFinite(check.wholeDocumentMs))
    throw new Error('the uploaded document did not come back whole');
}

/** A client joining a room: the time until its copy holds the whole stored document. */
async function load(room: Endpoint, textLength: number): Promise<LoadResult> {
  const doc = new Y.Doc();
  const text = doc.getText('bench');
  const start = performance.now();
  let wholeAt = Number.NaN;
  const socket = new BenchSocket(room, (update) => {
    Y.applyUpdate(doc, update);
    if (Number.isNaN(wholeAt) && text.length === textLength) wholeAt = performance.now();
  });
  await socket.ready;
  await until(() => !Number.isNaN(wholeAt), DRAIN_TIMEOUT_MS);
  await socket.close();
  doc.destroy();
  return { wholeDocumentMs: wholeAt - start };
}

export async function runScenario(scenario: Scenario, signal: WindowSignal): Promise<unknown> {
  switch (scenario.kind) {
    case 'fanout':
      return fanout(scenario.room, scenario.readers, scenario.edits, scenario.intervalMs, signal);
    case 'burst':
      return fanout(scenario.room, scenario.readers, scenario.edits, null, signal);
    case 'capacity':
      return capacity(scenario, signal);
    case 'throughput':
      return throughput(scenario, signal);
    case 'upload':
      return upload(scenario.room, scenario.updateFile, scenario.textLength);
    case 'load':
      return load(scenario.room, scenario.textLength);
  }
}
