import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { Actor } from '../../shared/people.js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import { HttpError } from '../http/errors.js';
import { loggableError, type Logger } from '../logger.js';
import { WorkerPoolBusy } from '../worker-pool.js';
import {
  addPickListEntries,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type SourceFormat,
} from '../../shared/import.js';
import { importContext } from './import-rows.js';
import type { ImportPool } from './import-pool.js';
import type { ImportOutcome, ImportTask } from './import-task.js';

export interface ImportRequest {
  workshopId: string;
  collection: CollectionName;
  format: SourceFormat;
  bytes: Uint8Array;
  options: ImportOptions;
  /** Who imports: the rows are attributed to them. */
  actor: Actor;
}

export interface ImportService {
  /** Parsing, mapping and validation only: what the interface previews. */
  preview(request: ImportRequest): Promise<ImportPreview>;
  /** The valid rows, written into the live document as one change. */
  run(request: ImportRequest): Promise<ImportResult>;
}

export interface ImportServiceDependencies {
  registry: Pick<RoomRegistry, 'editAsServer'>;
  readLive: LiveDocumentReader;
  pool: Pick<ImportPool, 'run'>;
  audit: Pick<AuditLog, 'append'>;
  logger: Logger;
}

export function createImportService({
  registry,
  readLive,
  pool,
  audit,
  logger,
}: ImportServiceDependencies): ImportService {
  async function work(request: ImportRequest, build: boolean): Promise<Extract<ImportOutcome, { ok: true }>> {
    const context = await readLive(request.workshopId, (doc) => importContext(doc, request.collection));
    const task: ImportTask = {
      collection: request.collection,
      format: request.format,
      bytes: request.bytes,
      context,
      options: request.options,
      build,
    };
    let outcome: ImportOutcome;
    try {
      outcome = await pool.run(task);
    } catch (error) {
      if (error instanceof WorkerPoolBusy) throw error;
      // The thread ran out of time or memory on this file (or failed on it): the file is refused, the server goes on.
      logger.warn(
        { err: loggableError(error), workshopId: request.workshopId },
        'import failed on its thread',
      );
      throw new HttpError(422, 'invalid_request', 'the file could not be read: it is too large or malformed');
    }
    if (!outcome.ok) throw new HttpError(outcome.status, outcome.code, outcome.message);
    return outcome;
  }

  return {
    async preview(request) {
      return (await work(request, false)).preview;
    },
    async run(request) {
      const { preview, update, ids = [] } = await work(request, true);
      if (
        update &&
        ids.length + preview.addToPickLists.themes.length + preview.addToPickLists.populations.length > 0
      )
        await registry.editAsServer(
          request.workshopId,
          (doc) => {
            addPickListEntries(doc, preview.addToPickLists);
            Y.applyUpdate(doc, update);
          },
          request.actor,
        );
      // The file's own hash: which file it was can be checked later without the log keeping the file.
      await audit.append(request.workshopId, request.actor, 'import.applied', request.workshopId, {
        collection: request.collection,
        format: request.format,
        fileSha256: createHash('sha256').update(request.bytes).digest('hex'),
        created: ids.length,
        skipped: preview.skipped,
      });
      logger.info(
        {
          workshopId: request.workshopId,
          collection: request.collection,
          created: ids.length,
          skipped: preview.skipped,
        },
        'rows imported',
      );
      return {
        created: ids.length,
        skipped: preview.skipped,
        ids,
        addedToPickLists: preview.addToPickLists,
      };
    },
  };
}
