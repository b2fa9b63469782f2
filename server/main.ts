import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer, type RunningServer } from './start-server.js';
import { DataDirLocked } from './store/data-dir-lock.js';
import { DamagedStore } from './store/embedded-database.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
let server: RunningServer;
try {
  server = await startServer(config, logger);
} catch (error) {
  // The message names the data directory and what to do: that is all an operator needs to read.
  if (!(error instanceof DamagedStore || error instanceof DataDirLocked)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** Past this, shutdown gives up waiting (say, for a store that is down): clients re-send what is missing. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: flushing every room');
  setTimeout(() => {
    logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting with writes pending');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    logger.fatal({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
