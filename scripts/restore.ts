import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../server/config.js';
import { configOrExit } from '../server/config-or-exit.js';
import { lockDataDir } from '../server/store/data-dir-lock.js';
import { openPgliteEngine } from '../server/store/pglite-engine.js';

/**
 * `npm run restore -- <file>`: puts a backup made by `npm run backup` back as the embedded store of
 * DATA_DIR, which must be empty (a new one, or the damaged one moved aside), with the server stopped.
 * The restored database is opened and read through before this reports success.
 */
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- <backup file>   (server stopped, DATA_DIR empty)');
  process.exit(2);
}

const config = configOrExit(() => loadConfig(process.env), 2);
if (config.database.kind !== 'pglite' || !config.database.dataDir) {
  console.error(
    'DATABASE_URL is set: this restores the embedded store; restore PostgreSQL with its own tools',
  );
  process.exit(2);
}
const dataDir = config.database.dataDir;
if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
  console.error(
    `${dataDir} is not empty: stop the server, move that directory aside (or set DATA_DIR to a new one), then run this again`,
  );
  process.exit(1);
}

let tarball: Buffer;
try {
  tarball = await readFile(file);
} catch (error) {
  console.error(`cannot read ${file}: ${String(error)}`);
  process.exit(1);
}

let unlock: () => void;
try {
  unlock = lockDataDir(dataDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
try {
  const engine = await openPgliteEngine(dataDir, { loadDataDir: new Blob([new Uint8Array(tarball)]) });
  const { rows } = await engine.query<{ count: number }>('select count(*)::int as count from workshops');
  await engine.close();
  console.log(`restored ${rows[0]?.count ?? 0} workshops from ${file} into ${dataDir}`);
  unlock();
} catch (error) {
  // Leave DATA_DIR as empty as it was, so that the next attempt (with the right file) can run.
  if (existsSync(dataDir))
    for (const entry of readdirSync(dataDir)) rmSync(`${dataDir}/${entry}`, { recursive: true, force: true });
  unlock();
  console.error(
    `${file} could not be restored (is it a backup made by npm run backup?): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
