import { ownedBytes, serveWorkerTasks } from '../worker-pool.js';
import { runImportTask, type ImportOutcome, type ImportTask } from './import-task.js';

/** The import thread (see startImportPool): parses and checks one file at a time. */
serveWorkerTasks<ImportTask, ImportOutcome>(async (task) => {
  const outcome = await runImportTask(task);
  if (!outcome.ok || !outcome.update) return { result: outcome };
  const update = ownedBytes(outcome.update);
  return { result: { ...outcome, update }, transfer: [update.buffer] };
});
