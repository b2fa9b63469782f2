import type * as Y from 'yjs';

type Delta = Array<{ insert?: unknown; delete?: number; retain?: number }>;

/** Where a caret at `index` ends up after a remote change: shifted by what was inserted or deleted before it. */
export function transformIndex(index: number, delta: Delta): number {
  let oldPosition = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldPosition >= index) break;
    if (op.retain !== undefined) oldPosition += op.retain;
    else if (typeof op.insert === 'string') shift += op.insert.length;
    else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, index - oldPosition);
      oldPosition += op.delete;
    }
  }
  return Math.max(0, index + shift);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export interface TextChange {
  /** Where the change starts in the old text. */
  index: number;
  /** How many UTF-16 code units of the old text it removes. */
  removed: number;
  inserted: string;
}

/**
 * The single replacement that turns `current` into `next` (common prefix and suffix kept), never
 * splitting a surrogate pair: an emoji cut in half would become U+FFFD, differently on each side.
 */
export function textChange(current: string, next: string): TextChange | null {
  if (current === next) return null;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1;
  let endCurrent = current.length;
  let endNext = next.length;
  while (
    endCurrent > start &&
    endNext > start &&
    current.charCodeAt(endCurrent - 1) === next.charCodeAt(endNext - 1)
  ) {
    endCurrent -= 1;
    endNext -= 1;
  }
  if (endCurrent < current.length && isLowSurrogate(current.charCodeAt(endCurrent))) {
    endCurrent += 1;
    endNext += 1;
  }
  return { index: start, removed: endCurrent - start, inserted: next.slice(start, endNext) };
}

export function applyChange(text: Y.Text, change: TextChange): void {
  if (change.removed > 0) text.delete(change.index, change.removed);
  if (change.inserted) text.insert(change.index, change.inserted);
}

/** Applies the edit that turns `text`'s content into `next` as the smallest delete + insert. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const change = textChange(text.toString(), next);
  if (change) applyChange(text, change);
}
