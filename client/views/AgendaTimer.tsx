import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  extendTimer,
  findItem,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  writeTimer,
  type AgendaTimer as TimerState,
} from '../../shared/workshop-document/index.js';
import { createOrderedItems } from '../sync/y-signals.js';
import { createTimerState } from '../sync/agenda-timer.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { t } from '../i18n/i18n.js';
import { clockTime, countdownWords } from './agenda-words.js';

/**
 * The countdown of the current agenda session, the same on every screen: the state is in the
 * document and times are on the server's clock. Facilitators start, pause, extend and stop it.
 */
export function AgendaTimer() {
  const workshop = useWorkshop();
  const timer = createTimerState(workshop.doc);
  const sessions = createOrderedItems(workshop.doc, 'agenda');
  const [chosen, setChosen] = createSignal('');
  // canEdit is false on the projector and while the workshop is archived: the timer lives in the document.
  const controls = workshop.role === 'facilitator' && workshop.canEdit;

  const remaining = () => {
    workshop.clock.tick();
    const current = timer();
    return current ? remainingMs(current, workshop.clock.now()) : null;
  };
  const sessionTitle = (id: string) => {
    // Titles are edited live; the clock's tick re-reads them with the countdown.
    workshop.clock.tick();
    const title = findItem(workshop.doc, 'agenda', id)?.get('title');
    return title ? String(title) || t('agenda.untitledSession') : t('agenda.timer.removed');
  };
  const state = () => {
    const current = timer();
    if (!current) return 'idle';
    if ((remaining() ?? 0) < 0) return 'overrun';
    return current.runningSince === null ? 'paused' : 'running';
  };
  const write = (next: TimerState | null) => workshop.doc.transact(() => writeTimer(workshop.doc, next));
  const change = (update: (current: TimerState, now: number) => TimerState) => {
    const current = timer();
    if (current) write(update(current, workshop.clock.now()));
  };
  const start = () => {
    const id = chosen() || String(sessions()[0]?.get('id') ?? '');
    const session = findItem(workshop.doc, 'agenda', id);
    if (!session) return;
    const minutes = Number(session.get('durationMinutes')) || 30;
    write(startTimer(id, minutes * 60_000, workshop.clock.now()));
  };
  const options = createMemo(() =>
    sessions().map((item) => ({ id: String(item.get('id')), start: String(item.get('start') ?? '') })),
  );

  return (
    <div class="agenda-timer" data-state={state()} aria-live="polite">
      <Show when={timer()} fallback={<span class="timer-idle">{t('agenda.timer.idle')}</span>}>
        {(current) => (
          <>
            <span class="timer-session">{sessionTitle(current().sessionId)}</span>
            <span class="countdown" data-testid="countdown">
              {countdownWords(remaining() ?? 0)}
            </span>
            <Show when={state() === 'overrun'}>
              <span class="overrun">{t('agenda.timer.overtime')}</span>
            </Show>
            <Show when={state() === 'paused'}>
              <span class="paused">{t('agenda.timer.paused')}</span>
            </Show>
          </>
        )}
      </Show>
      <Show when={controls}>
        <div class="timer-controls">
          <select
            aria-label={t('agenda.timer.choose')}
            value={chosen()}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            <For each={options()}>
              {(option) => (
                <option value={option.id} selected={chosen() === option.id}>
                  {clockTime(option.start)} {sessionTitle(option.id)}
                </option>
              )}
            </For>
          </select>
          <button type="button" onClick={start}>
            {t('agenda.timer.start')}
          </button>
          <Show when={timer()}>
            {(current) => (
              <>
                <Show
                  when={current().runningSince !== null}
                  fallback={
                    <button type="button" onClick={() => change((t, now) => resumeTimer(t, now))}>
                      {t('agenda.timer.resume')}
                    </button>
                  }
                >
                  <button type="button" onClick={() => change((t, now) => pauseTimer(t, now))}>
                    {t('agenda.timer.pause')}
                  </button>
                </Show>
                <button type="button" onClick={() => change((t) => extendTimer(t, 5 * 60_000))}>
                  {t('agenda.timer.extend', { minutes: 5 })}
                </button>
                <button type="button" onClick={() => write(null)}>
                  {t('agenda.timer.stop')}
                </button>
              </>
            )}
          </Show>
        </div>
      </Show>
    </div>
  );
}
