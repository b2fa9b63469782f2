import { ownedBytes, serveWorkerTasks } from '../worker-pool.js';
import { foldUpdates } from './fold-updates.js';

/** The fold thread (see startFoldThread): folds one document's updates at a time. */
serveWorkerTasks<Uint8Array[], ArrayBuffer>(async (updates) => {
  const state = ownedBytes(foldUpdates(updates));
  return { result: state.buffer, transfer: [state.buffer] };
});
