import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * One server per embedded data directory. PGlite takes no lock of its own (it runs PostgreSQL in
 * single-user mode, with no postmaster), and two servers started on the same DATA_DIR would both write
 * its files: the store would be damaged for good. The lock is a file beside the directory holding the
 * owner's pid; one left by a process that no longer runs (killed, or the machine lost power) is taken over.
 */
export class DataDirLocked extends Error {
  override name = 'DataDirLocked';
}

/** Directories locked by this process: a second open from the same process is refused too. */
const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  if (heldHere.has(lockFile))
    throw new DataDirLocked(`${dataDir} is already open in this process (${lockFile})`);
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (owner !== process.pid && isRunning(owner))
        throw new DataDirLocked(
          `another server (pid ${owner}) is using the embedded database at ${dataDir}: stop it first, ` +
            `or, if no server runs there, delete ${lockFile}`,
        );
      rmSync(lockFile, { force: true });
    }
  }
  heldHere.add(lockFile);
  return () => {
    heldHere.delete(lockFile);
    rmSync(lockFile, { force: true });
  };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
