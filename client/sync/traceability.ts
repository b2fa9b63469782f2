import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { traceability, type Traceability } from '../../shared/traceability.js';
import { readWorkshopContent, type WorkshopContent } from '../../shared/workshop-document/index.js';

/** Long enough that typing in a cell recomputes a few times a second, not on every key. */
const RECOMPUTE_AFTER_MS = 300;

export interface LiveTraceability {
  trace: Accessor<Traceability>;
  content: Accessor<WorkshopContent>;
}

/**
 * The document's traceability, recomputed from its content a moment after it changes (the same
 * function the server and the exports use, so the count in the nav is the one the API gives).
 */
export function createTraceability(doc: Y.Doc): LiveTraceability {
  const read = () => {
    const content = readWorkshopContent(doc);
    return { content, trace: traceability(content) };
  };
  const [state, setState] = createSignal(read());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      setState(read());
    }, RECOMPUTE_AFTER_MS);
  };
  doc.on('update', schedule);
  onCleanup(() => {
    doc.off('update', schedule);
    clearTimeout(timer);
  });
  return { trace: () => state().trace, content: () => state().content };
}
