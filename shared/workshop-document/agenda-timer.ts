import type * as Y from 'yjs';

/**
 * The facilitator's countdown for the current agenda session, in the shared document so every
 * participant and the projector see the same one. Instants are on the server's clock (each client
 * measures its offset to it), so a laptop whose clock is minutes off still shows the right time, and
 * a reconnecting client recomputes rather than resumes a local countdown.
 */
export interface AgendaTimer {
  /** The agenda session being timed. */
  sessionId: string;
  durationMs: number;
  /** Time already run before the current start (it stops accumulating while paused). */
  elapsedMs: number;
  /** Server-clock instant the timer last started or resumed; null while paused. */
  runningSince: number | null;
}

/** Root of the timer: one key holding the whole state, so concurrent presses cannot leave a mix of two. */
export const TIMER_ROOT = 'agendaTimer';
const STATE_KEY = 'state';

export function timerMap(doc: Y.Doc): Y.Map<AgendaTimer | null> {
  return doc.getMap<AgendaTimer | null>(TIMER_ROOT);
}

function isTimer(value: unknown): value is AgendaTimer {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t['sessionId'] === 'string' &&
    Number.isFinite(t['durationMs']) &&
    Number.isFinite(t['elapsedMs']) &&
    (t['runningSince'] === null || Number.isFinite(t['runningSince']))
  );
}

export function readTimer(doc: Y.Doc): AgendaTimer | null {
  const value = timerMap(doc).get(STATE_KEY);
  return isTimer(value) ? value : null;
}

export function writeTimer(doc: Y.Doc, timer: AgendaTimer | null): void {
  timerMap(doc).set(STATE_KEY, timer);
}

export function elapsedMs(timer: AgendaTimer, serverNow: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, serverNow - timer.runningSince));
}

/** Time left; negative once the session overruns. */
export function remainingMs(timer: AgendaTimer, serverNow: number): number {
  return timer.durationMs - elapsedMs(timer, serverNow);
}

export function startTimer(sessionId: string, durationMs: number, serverNow: number): AgendaTimer {
  return { sessionId, durationMs, elapsedMs: 0, runningSince: serverNow };
}

export function pauseTimer(timer: AgendaTimer, serverNow: number): AgendaTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: elapsedMs(timer, serverNow), runningSince: null };
}

export function resumeTimer(timer: AgendaTimer, serverNow: number): AgendaTimer {
  return timer.runningSince === null ? { ...timer, runningSince: serverNow } : timer;
}

export function extendTimer(timer: AgendaTimer, byMs: number): AgendaTimer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + byMs) };
}

/** `m:ss`, or `-m:ss` past the end. */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  return `${sign}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
