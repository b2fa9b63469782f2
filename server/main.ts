import { loadConfig } from './config.js';
import { configOrExit } from './config-or-exit.js';
import { createLogger } from './logger.js';
import { startOrExplain } from './start-or-explain.js';
import { stopOnSignals } from './stop-on-signals.js';

const config = configOrExit(() => loadConfig(process.env));
const logger = createLogger(config.logLevel);
const server = await startOrExplain(config, logger);
stopOnSignals(server, logger);
