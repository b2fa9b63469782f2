import * as Y from 'yjs';

export interface TraceDocument {
  /** The whole document as one Yjs update (what a store would hold after compaction). */
  update: Uint8Array;
  operations: number;
  /** Length of the `bench` text at the end: a client has the whole document once its copy is this long. */
  textLength: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run and every server gets the same trace. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'etaoin shrdlu cmfwyp vbgkqj xz,.\n';

/**
 * A person writing a long report: mostly typing at the cursor, some backspacing, now and then a jump to
 * another place in the text. Every keystroke is its own transaction, as an editor sends it, so the
 * document carries the history (tombstones, split items) a real trace leaves, not just its final text.
 * Synthetic because no public editing trace ships in a package this project may install.
 */
export function buildTraceDocument(operations: number, seed = 0x5eed): TraceDocument {
  const next = random(seed);
  const doc = new Y.Doc();
  const text = doc.getText('bench');
  let cursor = 0;
  for (let done = 0; done < operations; done++) {
    const roll = next();
    if (roll < 0.02 && text.length > 0) {
      cursor = Math.floor(next() * (text.length + 1));
    } else if (roll < 0.14 && cursor > 0) {
      text.delete(cursor - 1, 1);
      cursor -= 1;
    } else {
      text.insert(cursor, LETTERS[Math.floor(next() * LETTERS.length)] ?? ' ');
      cursor += 1;
    }
  }
  const update = Y.encodeStateAsUpdate(doc);
  const textLength = text.length;
  doc.destroy();
  return { update, operations, textLength };
}
