import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { readTimer, timerMap, type AgendaTimer } from '../../shared/workshop-document/index.js';

/** The agenda timer's state, live (a new value on every change, equal or not, so countdowns re-read it). */
export function createTimerState(doc: Y.Doc): Accessor<AgendaTimer | null> {
  const [timer, setTimer] = createSignal<AgendaTimer | null>(readTimer(doc), { equals: false });
  const map = timerMap(doc);
  const update = () => setTimer(readTimer(doc));
  map.observe(update);
  onCleanup(() => map.unobserve(update));
  return timer;
}
