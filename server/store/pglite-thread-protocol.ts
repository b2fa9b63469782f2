/** Messages between the server and its embedded database thread (pglite-thread.ts). */

export interface ThreadOptions {
  /** Undefined: in memory. */
  dataDir: string | undefined;
  /** The unix socket the thread serves the PostgreSQL protocol on. */
  socketPath: string;
}

export type ThreadRequest = { type: 'backup'; id: number } | { type: 'syncs'; id: number } | { type: 'stop' };

export type ThreadMessage =
  | { type: 'ready' }
  /** `damaged`: the data directory cannot be opened as it is; starting again would fail the same way. */
  | { type: 'failed'; damaged: boolean; message: string }
  /** A gzipped tarball of the data directory, as PGlite's `dumpDataDir` makes it. */
  | { type: 'backup'; id: number; tarball: ArrayBuffer }
  | { type: 'backup-failed'; id: number; message: string }
  /** How many times the engine has synced a file to disk since the thread started. */
  | { type: 'syncs'; id: number; count: number }
  | { type: 'stopped' };
