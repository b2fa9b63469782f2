import type { ServerConfig } from './config.js';
import type { Logger } from './logger.js';
import { startServer, type RunningServer } from './start-server.js';
import { DataDirLocked } from './store/data-dir-lock.js';
import { DamagedStore } from './store/embedded-database.js';

/**
 * Starts the server for `npm start` and `npm run venue`. A store the operator must act on (a damaged
 * data directory, or one another server holds) ends the process with its message alone: it names the
 * directory and what to do, which is all an operator needs to read.
 */
export async function startOrExplain(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  try {
    return await startServer(config, logger);
  } catch (error) {
    if (!(error instanceof DamagedStore || error instanceof DataDirLocked)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
