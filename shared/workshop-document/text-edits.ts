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

/** Applies the edit that turns `text`'s content into `next` as the smallest delete + insert. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start += 1;
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
  if (endCurrent > start) text.delete(start, endCurrent - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}
