import { parentPort } from 'node:worker_threads';
import { exportFormat } from './formats.js';
import type { RenderReply, RenderRequest } from './render-pool.js';

/** A render-pool thread: renders one export at a time and sends its bytes back, transferred. */

if (!parentPort) throw new Error('render-worker.ts runs as a worker thread of the render pool');
const port = parentPort;

/** Bytes that own their whole buffer, so it can be transferred (Node's small Buffers share a pool). */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

port.on('message', async ({ file, source }: RenderRequest) => {
  try {
    const format = exportFormat(file);
    if (!format) throw new Error(`no export format ${file}`);
    const rendered = await format.render(source);
    const bytes = owned(typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered);
    port.postMessage({ bytes: bytes.buffer } satisfies RenderReply, [bytes.buffer]);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ error: message } satisfies RenderReply);
  }
});
