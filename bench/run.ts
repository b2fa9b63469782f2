/**
 * `npm run bench`: opens a workshop of the size in Chromium and times opening each section
 * and typing, on this machine. Prints a table against the budgets (open < 2 s, keystroke < 50 ms) and
 * writes every sample to bench/results/client-<timestamp>.json. A figure over budget is a result, not
 * an error: the exit code is non-zero only when the benchmark itself failed.
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../server/start-server.js';
import { createWorkshop } from '../tests/helpers/test-server.js';
import { buildClient, startBenchServer, waitForRoomUnloaded } from './bench-server.js';
import { launchBrowser } from '../tests/helpers/browser.js';
import {
  BUDGET,
  KEY_INTERVAL_MS,
  MEASURED_SECTIONS,
  RUNS,
  TYPED_TEXT,
  TYPING_TARGET,
  VIEWPORT,
  WORKSHOP_SIZE,
  type MeasuredSection,
} from './config.js';
import type { KeystrokeTiming } from './keystrokes.js';
import { measureOpen, type OpenRun, type OpenSample } from './measure-open.js';
import { measureRemoteTyping } from './measure-remote.js';
import { TYPING_TARGETS, measureTyping } from './measure-typing.js';
import { formatTable, row, verdict, writeResults, type Row } from './report.js';
import { round, summarize } from './stats.js';
import { seedLargeWorkshop, type SeededWorkshop } from './workshop-size.js';
import { connectClient, type TestClient } from '../tests/helpers/yjs-clients.js';

/** Progress goes to stderr so stdout carries only the results table. */
function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

interface Workshop {
  id: string;
  invitePath: string;
  token: string;
}

interface Measurements {
  firstOpener: OpenRun[];
  open: Record<MeasuredSection, OpenRun[]>;
  typing: Record<string, KeystrokeTiming[][]>;
  remote: number[][];
}

/** Runs `work` with a Node client connected throughout, as a live workshop always has someone in it. */
async function withRoomKept<T>(
  server: RunningServer,
  workshop: Workshop,
  work: () => Promise<T>,
): Promise<T> {
  const keeper: TestClient = connectClient(server.url, workshop.id, workshop.token);
  try {
    await keeper.synced;
    return await work();
  } finally {
    keeper.destroy();
  }
}

async function measureAll(
  browser: Browser,
  server: RunningServer,
  workshop: Workshop,
): Promise<Measurements> {
  const target = { browser, serverUrl: server.url, invitePath: workshop.invitePath, workshopId: workshop.id };
  progress(`findings, first person in (room loaded from the store), ${RUNS} runs`);
  const firstOpener = await measureOpen(target, 'findings', {
    warm: false,
    beforeEach: () => waitForRoomUnloaded(server, workshop.id),
  });
  return withRoomKept(server, workshop, async () => {
    const open = {} as Record<MeasuredSection, OpenRun[]>;
    for (const section of MEASURED_SECTIONS) {
      progress(`open ${section}, fresh profile then reload, ${RUNS} runs`);
      open[section] = await measureOpen(target, section, { warm: true });
    }
    const typing: Record<string, KeystrokeTiming[][]> = {};
    for (const typingTarget of TYPING_TARGETS) {
      progress(`typing into ${typingTarget.description}, ${RUNS} × ${TYPED_TEXT.length} keys`);
      typing[typingTarget.id] = await measureTyping(browser, server.url, workshop.invitePath, typingTarget);
    }
    progress(`remote typing, ${RUNS} × ${TYPED_TEXT.length} keys`);
    const remote = await measureRemoteTyping(browser, server.url, workshop.invitePath);
    return { firstOpener, open, typing, remote };
  });
}

/** Where the time went, in the page's clock: a figure over budget is read from these. */
function openNote(samples: OpenSample[]): string {
  const median = (pick: (sample: OpenSample) => number) => summarize(samples.map(pick)).median;
  const longest = summarize(samples.map((sample) => sample.longestTaskMs));
  return `in DOM ${median((s) => s.inDomMs)} ms, rendered ${median((s) => s.renderedMs)} ms, idle ${median((s) => s.idleMs)} ms (page clock, medians); longest task ${longest.median} ms (median), ${longest.max} ms (max)`;
}

function openRows(measured: Measurements): Row[] {
  const rows: Row[] = [];
  const add = (figure: string, samples: OpenSample[]) =>
    rows.push(
      row(
        figure,
        samples.map((sample) => sample.wallMs),
        BUDGET.openMs,
        openNote(samples),
      ),
    );
  for (const section of MEASURED_SECTIONS) {
    const runs = measured.open[section];
    add(
      `open ${section} (${WORKSHOP_SIZE[section]}), fresh profile`,
      runs.map((run) => run.cold),
    );
    add(
      `open ${section} (${WORKSHOP_SIZE[section]}), reload (cached)`,
      runs.flatMap((run) => (run.warm ? [run.warm] : [])),
    );
  }
  add(
    'open findings, first person in (room not loaded)',
    measured.firstOpener.map((run) => run.cold),
  );
  return rows;
}

function typingRows(measured: Measurements): Row[] {
  const rows: Row[] = [];
  for (const target of TYPING_TARGETS) {
    const keys = (measured.typing[target.id] ?? []).flat();
    const queued = summarize(keys.map((key) => key.queuedMs));
    rows.push(
      row(
        `key ${target.description} → next frame`,
        keys.map((key) => key.frameMs),
        BUDGET.keystrokeMs,
        `keydown waited ${queued.median} ms (median), ${queued.max} ms (max) for the main thread`,
      ),
      row(
        `key ${target.description} → frame rendered`,
        keys.map((key) => key.renderedMs),
        BUDGET.keystrokeMs,
      ),
    );
  }
  rows.push(
    row(
      `remote: B types in F${TYPING_TARGET.findingNumber} source → A shows it`,
      measured.remote.flat(),
      undefined,
      'frame-quantised (~16 ms): A checks its field once per frame',
    ),
  );
  return rows;
}

function machine(browserVersion: string) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
  };
}

/** Another engineer's tests on this 2-core machine slow the browser down: say so next to the figures. */
function busyWarning(before: number[], after: number[]): string {
  const load = Math.max(before[0] ?? 0, after[0] ?? 0);
  const cpus = os.cpus().length;
  return load > cpus / 2
    ? `Warning: the machine was busy (load average up to ${load.toFixed(2)} on ${cpus} CPUs); expect noisy maxima.`
    : '';
}

interface RunFacts {
  seeded: SeededWorkshop;
  browserVersion: string;
  loadBefore: number[];
  loadAfter: number[];
}

function printTables(facts: RunFacts, openTable: Row[], typingTable: Row[]): void {
  const { seeded, browserVersion, loadBefore, loadAfter } = facts;
  const header =
    `Workshop ${JSON.stringify(WORKSHOP_SIZE)}, ${Math.round(seeded.documentBytes / 1024)} KiB; ` +
    `${RUNS} runs per figure; Chromium ${browserVersion}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
    `${os.cpus().length} CPUs, load average ${loadBefore[0]?.toFixed(2)} → ${loadAfter[0]?.toFixed(2)}`;
  const sections = [
    header,
    busyWarning(loadBefore, loadAfter),
    formatTable('Opening (page.goto → first frame rendered with every item of the section)', openTable),
    formatTable(
      `Typing (${TYPED_TEXT.length} keys per run, one every ${KEY_INTERVAL_MS} ms; keydown timestamp → …)`,
      typingTable,
    ),
    `Verdict: p95 against the budget (with ${RUNS} runs of an open figure, p95 is the worst run).`,
  ];
  process.stdout.write(`\n${sections.filter(Boolean).join('\n\n')}\n`);
}

function saveResults(startedAt: Date, facts: RunFacts, rows: Row[], measured: Measurements): Promise<string> {
  return writeResults(startedAt, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: machine(facts.browserVersion),
    loadAverage: { before: facts.loadBefore, after: facts.loadAfter },
    settings: {
      runs: RUNS,
      workshopSize: WORKSHOP_SIZE,
      typedText: TYPED_TEXT,
      keyIntervalMs: KEY_INTERVAL_MS,
      viewport: VIEWPORT,
      budget: BUDGET,
    },
    workshop: facts.seeded,
    figures: rows.map((entry) => ({ ...entry, verdict: verdict(entry) })),
    samples: measured,
  });
}

async function createLargeWorkshop(
  server: RunningServer,
): Promise<{ workshop: Workshop; seeded: SeededWorkshop }> {
  progress(`server at ${server.url}; seeding ${JSON.stringify(WORKSHOP_SIZE)}`);
  const created = await createWorkshop(server.url, {
    title: 'Benchmark results workshop',
    country: 'Benchland',
    startsOn: '2026-03-02',
    endsOn: '2026-03-04',
  });
  const workshop: Workshop = {
    id: created.id,
    invitePath: created.links.participant,
    token: created.invites.participant,
  };
  const seeded = await seedLargeWorkshop(server.url, workshop.id, workshop.token);
  progress(
    `seeded ${Math.round(seeded.documentBytes / 1024)} KiB of document in ${Math.round(seeded.seedMs)} ms`,
  );
  return { workshop, seeded };
}

async function benchmark(startedAt: Date): Promise<void> {
  progress('building the client (vite) into a private directory');
  const client = await buildClient();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startBenchServer(client.dir);
    const { workshop, seeded } = await createLargeWorkshop(server);
    browser = await launchBrowser();
    const loadBefore = os.loadavg();
    const measured = await measureAll(browser, server, workshop);
    const facts: RunFacts = {
      seeded,
      browserVersion: browser.version(),
      loadBefore,
      loadAfter: os.loadavg(),
    };
    const openTable = openRows(measured);
    const typingTable = typingRows(measured);
    printTables(facts, openTable, typingTable);
    const file = await saveResults(startedAt, facts, [...openTable, ...typingTable], measured);
    process.stdout.write(`\nAll samples: ${file}\n`);
  } finally {
    await browser?.close().catch((error: unknown) => progress(`closing the browser: ${String(error)}`));
    await server?.close().catch((error: unknown) => progress(`stopping the server: ${String(error)}`));
    await client.remove();
  }
}

const startedAt = new Date();
benchmark(startedAt).then(
  // Explicit exit: a stray handle (a reconnect timer, PGlite) must not keep a finished benchmark alive.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
