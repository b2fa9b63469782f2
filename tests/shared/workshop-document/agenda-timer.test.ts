import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  extendTimer,
  formatCountdown,
  pauseTimer,
  readTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  timerMap,
  writeTimer,
} from '../../../shared/workshop-document/index.js';

describe('agenda timer', () => {
  const minute = 60_000;

  it('counts down on the server clock, stops while paused, extends, and overruns', () => {
    let timer = startTimer('s-1', 30 * minute, 1_000_000);
    expect(remainingMs(timer, 1_000_000 + 10 * minute)).toBe(20 * minute);
    timer = pauseTimer(timer, 1_000_000 + 10 * minute);
    // However long the pause, nothing runs.
    expect(remainingMs(timer, 1_000_000 + 50 * minute)).toBe(20 * minute);
    timer = resumeTimer(timer, 1_000_000 + 50 * minute);
    timer = extendTimer(timer, 5 * minute);
    expect(remainingMs(timer, 1_000_000 + 75 * minute)).toBe(0);
    expect(remainingMs(timer, 1_000_000 + 77 * minute)).toBe(-2 * minute);
    expect(formatCountdown(-2 * minute - 500)).toBe('-2:01');
    expect(formatCountdown(20 * minute)).toBe('20:00');
    expect(formatCountdown(59_001)).toBe('1:00');
  });

  it('is one value in the document: two facilitators pressing at once leave one whole state', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.transact(() => writeTimer(a, startTimer('s-1', 10 * minute, 0)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.transact(() => writeTimer(a, pauseTimer(readTimer(a)!, minute)));
    b.transact(() => writeTimer(b, extendTimer(readTimer(b)!, 5 * minute)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readTimer(a)).toEqual(readTimer(b));
    expect([
      { sessionId: 's-1', durationMs: 10 * minute, elapsedMs: minute, runningSince: null },
      { sessionId: 's-1', durationMs: 15 * minute, elapsedMs: 0, runningSince: 0 },
    ]).toContainEqual(readTimer(a));
  });

  it('ignores a malformed state written by a misbehaving client', () => {
    const doc = new Y.Doc();
    timerMap(doc).set('state', { sessionId: 3 } as never);
    expect(readTimer(doc)).toBeNull();
  });
});
