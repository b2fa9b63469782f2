import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpBalancer {
  /** `http://127.0.0.1:<port>`: what clients use instead of any one instance's address. */
  url: string;
  /** How many connections each backend has been given so far, by backend port. */
  routed: Map<number, number>;
  close(): Promise<void>;
}

/**
 * A load balancer in front of several server instances, as in production but without sticky sessions:
 * each new TCP connection goes to the next backend in turn, skipping any that refuses the connection
 * (a killed instance), and is piped byte for byte, so websocket upgrades pass through untouched.
 * When either side of a connection closes or fails, the other side is closed too, so a client whose
 * instance died sees its socket drop and reconnects through the balancer to a survivor.
 */
export async function startTcpBalancer(backendPorts: readonly number[]): Promise<TcpBalancer> {
  const routed = new Map<number, number>(backendPorts.map((port) => [port, 0]));
  const open = new Set<Socket>();
  let next = 0;

  function route(client: Socket, attemptsLeft: number): void {
    if (attemptsLeft === 0 || client.destroyed) {
      client.destroy();
      return;
    }
    const port = backendPorts[next++ % backendPorts.length]!;
    const backend = connect(port, '127.0.0.1');
    open.add(backend);
    backend.once('close', () => open.delete(backend));
    const refused = () => route(client, attemptsLeft - 1);
    backend.once('error', refused);
    backend.once('connect', () => {
      backend.off('error', refused);
      if (client.destroyed) {
        backend.destroy();
        return;
      }
      routed.set(port, (routed.get(port) ?? 0) + 1);
      const drop = () => {
        client.destroy();
        backend.destroy();
      };
      backend.on('error', drop).on('close', drop);
      client.on('error', drop).on('close', drop);
      client.pipe(backend);
      backend.pipe(client);
      client.resume();
    });
  }

  const server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    // A client that resets while its backend is still being chosen must not crash the balancer.
    client.on('error', () => client.destroy());
    route(client, backendPorts.length);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
