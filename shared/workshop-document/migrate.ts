import type * as Y from 'yjs';
import { metaMap, reportFragment } from './collections.js';
import { SCHEMA_VERSION } from './schema.js';
import { seedTemplate } from './template.js';

/** The transaction origin of schema migrations, so observers can tell them from people's edits. */
export const MIGRATION_ORIGIN = Symbol('schema-migration');

/**
 * Version 1 (the first release) held a single rich-text draft and no version number; version 2 adds
 * the toolkit's sections around it (the draft becomes the Report section).
 */
export function documentVersion(doc: Y.Doc): number {
  const stored = metaMap(doc).get('schemaVersion');
  if (typeof stored === 'number') return stored;
  return reportFragment(doc).length > 0 ? 1 : 0;
}

/** Brings a document up to SCHEMA_VERSION in one transaction; returns the version it started from. */
export function migrateDocument(doc: Y.Doc): number {
  const from = documentVersion(doc);
  if (from >= SCHEMA_VERSION) return from;
  doc.transact(() => {
    // 0 → 2 and 1 → 2 are the same step: add the missing template parts, keep existing prose.
    seedTemplate(doc);
  }, MIGRATION_ORIGIN);
  return from;
}
