import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startOrExplain } from './start-or-explain.js';
import { stopOnSignals } from './stop-on-signals.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const server = await startOrExplain(config, logger);
stopOnSignals(server, logger);
