import type { ImportOptions, ImportPreview, SourceFormat } from '../../shared/import.js';
import { sectionDef, type CollectionName } from '../../shared/workshop-document/index.js';
import { UnreadableText } from './decode.js';
import { ImportRefusal, buildImportUpdate, validateImport, type ImportContext } from './import-rows.js';
import { parseTable, UnreadableFile } from './parse-table.js';

/** One import, as plain data: what the worker thread is given. */
export interface ImportTask {
  collection: CollectionName;
  format: SourceFormat;
  bytes: Uint8Array;
  context: ImportContext;
  options: ImportOptions;
  /** Also build the Yjs update that creates the valid rows (not for a dry run). */
  build: boolean;
}

export type ImportOutcome =
  | { ok: true; preview: ImportPreview; update?: Uint8Array; ids?: string[] }
  | { ok: false; status: ImportRefusal['status']; code: ImportRefusal['code']; message: string };

/** Decode, parse, map, validate (and build): everything an import does that does not need the room. */
export async function runImportTask(task: ImportTask): Promise<ImportOutcome> {
  try {
    const table = await parseTable(task.bytes, task.format, sectionDef(task.collection).title);
    const { preview, valid } = validateImport(
      task.collection,
      task.format,
      table,
      task.context,
      task.options,
    );
    if (!task.build) return { ok: true, preview };
    const { update, ids } = buildImportUpdate(task.collection, valid, task.context);
    return { ok: true, preview, update, ids };
  } catch (error) {
    if (error instanceof ImportRefusal)
      return { ok: false, status: error.status, code: error.code, message: error.message };
    if (error instanceof UnreadableText || error instanceof UnreadableFile)
      return { ok: false, status: 415, code: 'unsupported_media_type', message: error.message };
    throw error;
  }
}
