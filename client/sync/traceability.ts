import { createContext, createSignal, onCleanup, useContext, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { traceability, type Traceability } from '../../shared/traceability.js';
import { readWorkshopContent, type WorkshopContent } from '../../shared/workshop-document/index.js';

/** Long enough that typing in a cell recomputes a few times a second, not on every key. */
const RECOMPUTE_AFTER_MS = 300;

export interface LiveTraceability {
  doc: Y.Doc;
  trace: Accessor<Traceability>;
  content: Accessor<WorkshopContent>;
}

/**
 * The document's traceability, recomputed from its content a moment after it changes (the same
 * function the server and the exports use, so the count in the nav is the one the API gives). A
 * document that cannot be read out (an item a misbehaving client wrote without an id, say) keeps
 * the last reading rather than breaking the page.
 */
export function createTraceability(doc: Y.Doc): LiveTraceability {
  let last: { content: WorkshopContent; trace: Traceability } | undefined;
  const read = () => {
    try {
      const content = readWorkshopContent(doc);
      last = { content, trace: traceability(content) };
    } catch (error) {
      if (!last) throw error;
      console.warn('traceability: keeping the last reading of the document', error);
    }
    return last;
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
  return { doc, trace: () => state().trace, content: () => state().content };
}

/** The live page's one computation, shared by the nav's count and the Trace section. */
export const TraceabilityContext = createContext<LiveTraceability>();

/** The shared computation when it is of `doc`; a saved version's own otherwise. */
export function useTraceability(doc: Y.Doc): LiveTraceability {
  const shared = useContext(TraceabilityContext);
  return shared?.doc === doc ? shared : createTraceability(doc);
}
