import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    // Invite tokens travel in the websocket query string and in Authorization headers.
    redact: ['req.headers.authorization', 'token', 'adminToken'],
  });
}
