import type { Logger } from './logger.js';
import type { RunningServer } from './start-server.js';

/** Past this, shutdown gives up waiting (say, for a store that is down): clients re-send what is missing. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

/** On SIGTERM or SIGINT (Ctrl+C), flushes every room and closes the store, then exits. */
export function stopOnSignals(server: Pick<RunningServer, 'close'>, logger: Logger): void {
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
}
