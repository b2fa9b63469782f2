import { existsSync, fsyncSync, mkdirSync, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * The embedded PostgreSQL, made durable. Out of the box PGlite acknowledges a commit that is only in
 * the operating system's page cache (README, "Durability" has the evidence):
 * - `PGlite.defaultStartParams` starts PostgreSQL with `-F` (fsync off);
 * - Emscripten's NODEFS has no `stream_ops.fsync`, so libc's `fsync()` (`_fd_sync`) does nothing, and
 *   `__syscall_fdatasync` (the default `wal_sync_method`) returns 0 without syncing anything;
 * - NodeFS's `syncToFs()` is empty (`relaxedDurability` only matters to the browser file systems).
 * Here `fsync()` reaches `fs.fsyncSync` on the real file, PostgreSQL runs with fsync on and syncs its WAL
 * with `fsync()`: a commit is answered only once its WAL record is on disk, and a checkpoint syncs the
 * data files before the WAL covering them is recycled, as on a PostgreSQL server.
 */

/** What the embedded store's directory must hold once initialised: PostgreSQL's own marker of a data directory. */
const VERSION_FILE = 'PG_VERSION';

export class DamagedStoreError extends Error {
  override name = 'DamagedStoreError';
  constructor(
    readonly dataDir: string,
    problem: string,
  ) {
    super(
      `the embedded database at ${dataDir} is damaged (${problem}). Nothing was changed. Stop the server, ` +
        `move ${dataDir} aside, and restore the latest backup into an empty DATA_DIR with ` +
        '`npm run restore -- <backup file>` (README, "Backup and restore"); or, to start with no workshops, ' +
        'start the server with an empty DATA_DIR.',
    );
  }
}

/** Calls that make PGlite's NODEFS sync for real; counted, so a test can see each commit reach the disk. */
let fileSyncs = 0;
export const fileSyncCount = (): number => fileSyncs;

interface EmscriptenStream {
  nfd: number;
}
interface EmscriptenNodeFs {
  stream_ops: { fsync?: (stream: EmscriptenStream) => number };
}

class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(...args);
    const preRun = [
      ...(emscriptenOpts.preRun ?? []),
      (mod: { FS: { filesystems: { NODEFS: EmscriptenNodeFs } } }) => {
        mod.FS.filesystems.NODEFS.stream_ops.fsync = (stream) => {
          fileSyncs++;
          fsyncSync(stream.nfd);
          return 0;
        };
      },
    ];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } as typeof emscriptenOpts };
  }
}

/** PGlite's defaults less `-F`, syncing the WAL with fsync() (see above: fdatasync() is a no-op there). */
const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

/**
 * Refuses a directory that holds something but not a database: PGlite would run initdb over it and the
 * server would come up with no workshops, which looks to everyone like data loss.
 */
export function checkDataDir(dataDir: string): 'fresh' | 'existing' {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) return 'fresh';
  if (!existsSync(path.join(dataDir, VERSION_FILE)))
    throw new DamagedStoreError(dataDir, `${VERSION_FILE} is missing but the directory is not empty`);
  return 'existing';
}

/** fsyncs in flight at once: in parallel the file system commits them together (~10× faster here). */
const PARALLEL_SYNCS = 16;

/** Syncs every file and directory under `root` (after initdb or a restore wrote them unsynced). */
export async function syncTree(root: string): Promise<void> {
  const targets: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const target = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(target);
      if (entry.isDirectory() || entry.isFile()) targets.push(target);
    }
  };
  walk(root);
  // Directories hold the files' names: each one, and the parent that holds the data directory itself.
  targets.push(root, path.dirname(root));
  let next = 0;
  const syncer = async () => {
    while (next < targets.length) await syncPath(targets[next++] as string);
  };
  await Promise.all(Array.from({ length: PARALLEL_SYNCS }, syncer));
}

async function syncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Opens PGlite on `dataDir` durably, or in memory when undefined (tests: nothing to keep, so PGlite's
 * fast defaults). `loadDataDir` restores a backup (from `dumpDataDir`) into an empty directory.
 */
export async function openPgliteEngine(
  dataDir: string | undefined,
  options: Pick<PGliteOptions, 'loadDataDir'> = {},
): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create(options);
  const state = checkDataDir(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL says why it would not start on stderr; PGlite's own error only says that it did not.
  let lastComplaint: string | undefined;
  const onStderr = (text: string) => {
    const complaint = /\b(?:FATAL|PANIC|ERROR):\s.*/.exec(text);
    if (complaint) lastComplaint = complaint[0].trim();
    return false;
  };
  let engine: PGlite;
  try {
    engine = await PGlite.create({
      ...options,
      fs: new DurableNodeFS(dataDir),
      startParams: DURABLE_START_PARAMS,
      onStderr,
    });
  } catch (error) {
    if (state === 'fresh' && !options.loadDataDir) throw error;
    const reason = lastComplaint ?? describe(error);
    throw new DamagedStoreError(dataDir, `PostgreSQL could not start on it: ${reason}`);
  }
  try {
    await readEveryTable(engine);
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw new DamagedStoreError(dataDir, describe(error));
  }
  // initdb (or the restore) copied its files in without syncing them.
  if (state === 'fresh') await syncTree(dataDir);
  return engine;
}

/**
 * Reads every page of every table once: PostgreSQL checks each page's header as it reads it, so a page
 * of garbage is found now, with a message naming the file, rather than by the first person to open a
 * workshop. (A file cut short at a page boundary reads as fewer rows: only a backup helps then.)
 */
async function readEveryTable(engine: PGlite): Promise<void> {
  const tables = await engine.query<{ name: string }>(
    `select c.oid::regclass::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 't') and n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  for (const { name } of tables.rows) {
    try {
      await engine.query(`select count(*) from ${name}`);
    } catch (error) {
      throw new Error(`reading table ${name}: ${describe(error)}`, { cause: error });
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  // Emscripten throws its ExitStatus objects and plain strings.
  if (typeof error === 'object' && error && 'status' in error)
    return `it exited with status ${String(error.status)}`;
  return String(error);
}
