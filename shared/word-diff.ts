/**
 * Word-level differences between two wordings, as an amendment shows them and as the server applies
 * them. Words come from `Intl.Segmenter` (Node and every current browser have it), so Thai, which
 * writes no spaces between words, is split into words too rather than compared a sentence at a time.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

/** One run of the diff: text both wordings share, text only the new one has, or only the old one. */
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Tokens: words, and the spaces and punctuation between them, each a token of its own. */
function tokens(text: string): string[] {
  if (text === '') return [];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/**
 * Past this many cells (tokens of the old middle × tokens of the new one) the middle is shown as one
 * deletion and one insertion rather than aligned: a table this size is already 16 MiB, and two texts
 * this different have little worth aligning anyway.
 */
const MAX_TABLE_CELLS = 4_000_000;

function push(parts: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/** The longest common subsequence of two token lists, as the diff runs it gives (deletions first). */
function alignMiddle(a: string[], b: string[], parts: DiffPart[]): void {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_TABLE_CELLS) {
    push(parts, 'delete', a.join(''));
    push(parts, 'insert', b.join(''));
    return;
  }
  const width = b.length + 1;
  // lcs[i * width + j]: the common subsequence length of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'equal', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push(parts, 'delete', a[i++]!);
    else push(parts, 'insert', b[j++]!);
  }
  push(parts, 'delete', a.slice(i).join(''));
  push(parts, 'insert', b.slice(j).join(''));
}

/**
 * The word-level diff from `before` to `after`: joining the `equal` and `delete` parts gives
 * `before`, joining the `equal` and `insert` parts gives `after`. A replaced word shows as its
 * deletion then its insertion.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const parts: DiffPart[] = [];
  push(parts, 'equal', a.slice(0, head).join(''));
  alignMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), parts);
  push(parts, 'equal', a.slice(a.length - tail).join(''));
  return parts;
}

/** The old wording (`'delete'` side) or the new one (`'insert'` side) a diff was made from. */
export function diffSide(parts: readonly DiffPart[], side: 'delete' | 'insert'): string {
  return parts
    .filter((part) => part.op === 'equal' || part.op === side)
    .map((part) => part.text)
    .join('');
}
