import { createServer } from 'node:net';

/**
 * Whether `port` can be bound on `host` right now. Venue mode asks before opening the store: a
 * second `npm run venue` on the same DATA_DIR (a server left running in another terminal) must say
 * so and stop, not open the embedded database that the first one has open.
 */
export function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}
