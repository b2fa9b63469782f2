import { ownedBytes, serveWorkerTasks } from '../worker-pool.js';
import { exportFormat } from './formats.js';
import type { RenderRequest } from './render-pool.js';

/** A render-pool thread: renders one export at a time and sends its bytes back, transferred. */
serveWorkerTasks<RenderRequest, ArrayBuffer>(async ({ file, source }) => {
  const format = exportFormat(file);
  if (!format) throw new Error(`no export format ${file}`);
  const rendered = await format.render(source);
  const bytes = ownedBytes(typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered);
  return { result: bytes.buffer, transfer: [bytes.buffer] };
});
