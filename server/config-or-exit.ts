import { ConfigError, type ServerConfig } from './config.js';

/**
 * The configuration `load` reads from the environment, or, when the environment is wrong, its message
 * alone on stderr and the process ended with `exitCode`: what an operator starting the server or one of
 * its scripts needs to read.
 */
export function configOrExit(load: () => ServerConfig, exitCode = 1): ServerConfig {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(exitCode);
  }
}
