import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    // Invite tokens travel in the websocket query string and in Authorization headers.
    redact: ['req.headers.authorization', 'token', 'adminToken'],
  });
}

/**
 * The error to log. Drizzle's query errors carry every parameter in their message (whole Yjs
 * updates, i.e. workshop content); the driver's error underneath says what went wrong without it.
 */
export function loggableError(error: unknown): unknown {
  if (error instanceof Error && error.message.startsWith('Failed query') && error.cause instanceof Error)
    return error.cause;
  return error;
}
