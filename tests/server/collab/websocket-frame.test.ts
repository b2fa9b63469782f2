import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { binaryFrame } from '../../../server/collab/websocket-frame.js';

// Each length class of RFC 6455 (7-bit, 16-bit, 64-bit) and its edges.
const LENGTHS = [0, 1, 125, 126, 127, 65_535, 65_536, 300_000];

let server: Server;
let wss: WebSocketServer;
let url: string;

beforeAll(async () => {
  server = createServer();
  wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  // Written straight onto the TCP socket, as rooms broadcast, and read back by a stock `ws` client.
  server.on('upgrade', (request, socket, head) =>
    wss.handleUpgrade(request, socket, head, () => {
      for (const length of LENGTHS) socket.write(binaryFrame(payload(length)));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  wss.close();
  await new Promise((resolve) => server.close(resolve));
});

function payload(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + length) % 256);
}

it('frames binary messages of every length class so a websocket client reads them back whole', async () => {
  const client = new WebSocket(url);
  const received: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    client.on('message', (data: Buffer, isBinary) => {
      expect(isBinary).toBe(true);
      received.push(data);
      if (received.length === LENGTHS.length) resolve();
    });
    client.once('error', reject);
    client.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
  client.terminate();
  expect(received.map((data) => data.byteLength)).toEqual(LENGTHS);
  for (const [index, length] of LENGTHS.entries())
    expect(new Uint8Array(received[index]!)).toEqual(payload(length));
});
