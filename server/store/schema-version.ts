import { readFileSync } from 'node:fs';

/** A store migration as drizzle-kit's journal lists it: `idx` counts from 0, `tag` is e.g. `0008_amendments`. */
export interface SchemaVersion {
  idx: number;
  tag: string;
}

const journalPath = new URL('./migrations/meta/_journal.json', import.meta.url);

let latest: SchemaVersion | undefined;

/** The last migration this server's code applies on start: the schema its store is at once open. */
export function currentSchemaVersion(): SchemaVersion {
  if (!latest) {
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: SchemaVersion[] };
    const last = journal.entries.reduce<SchemaVersion | undefined>(
      (best, entry) => (!best || entry.idx > best.idx ? { idx: entry.idx, tag: entry.tag } : best),
      undefined,
    );
    if (!last) throw new Error(`no migrations listed in ${journalPath.pathname}`);
    latest = last;
  }
  return latest;
}

/** The migration number a tag starts with (`0008_amendments` → 8): what orders two schemas. */
export function schemaIndexOf(tag: string): number {
  return parseInt(tag.slice(0, 4), 10);
}
