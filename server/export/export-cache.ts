/**
 * Finished export files of saved versions. A version never changes, and exporting it again must give
 * the same file anyway, so a repeated export (the whole room downloading the final PDF) is served
 * from memory instead of rendered again. Bounded by bytes: the least recently used go first.
 */
export interface ExportCache<T extends { bytes: number }> {
  get(key: string): T | undefined;
  /** Not kept when larger than the whole cache. */
  set(key: string, value: T): void;
  /** Bytes held now. */
  readonly bytes: number;
}

export function createExportCache<T extends { bytes: number }>(maxBytes: number): ExportCache<T> {
  // A Map iterates in insertion order: re-inserting on each use keeps the least recent first.
  const entries = new Map<string, T>();
  let held = 0;

  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      if (value.bytes > maxBytes) return;
      const previous = entries.get(key);
      if (previous) {
        entries.delete(key);
        held -= previous.bytes;
      }
      entries.set(key, value);
      held += value.bytes;
      for (const [oldest, entry] of entries) {
        if (held <= maxBytes) break;
        entries.delete(oldest);
        held -= entry.bytes;
      }
    },
    get bytes() {
      return held;
    },
  };
}
