import { createSignal, For, Show } from 'solid-js';
import { MAX_DOTS_PER_PERSON, RATING_SCALE, type VoteMode, type VoteResults } from '../../shared/votes.js';
import { i18n, t, tn } from '../i18n/i18n.js';
import { createServerAction } from '../sync/server-action.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';

/** How a recommendation is named in the results: its label (R3) and the start of its text. */
export type RecommendationNamer = (id: string) => { label: string; text: string };

const VOTERS = new Set(['participant', 'facilitator']);

/**
 * The vote on the recommendations: the facilitator opens and closes it; everyone sees the live
 * ranking. The rules (budget, one cast each, only while open) are the server's; this only shows them.
 */
export function VotePanel(props: { name: RecommendationNamer }) {
  const workshop = useWorkshop();
  const current = () => workshop.votes.value()?.current ?? null;
  const open = () => (current()?.vote.status === 'open' ? current() : null);
  const action = createServerAction(workshop.votes.refresh);
  const facilitating = workshop.role === 'facilitator' && !workshop.presenting;

  return (
    <Show when={workshop.live && !workshop.presenting && (facilitating || current())}>
      <section class="vote-panel" aria-label={t('votes.panelLabel')}>
        <Show when={facilitating && !open()}>
          <OpenVoteForm onOpen={(vote) => action.run(() => workshop.api.openVote(vote))} />
        </Show>
        <Show when={open()}>
          {(results) => (
            <div class="vote-status">
              <strong>{t('votes.open')}</strong> — {describe(results())}
              <Show
                when={VOTERS.has(workshop.role) && !workshop.presenting && results().vote.mode === 'dots'}
              >
                {' '}
                · <span data-testid="dots-left">{i18n().number(dotsLeft(results()))}</span>{' '}
                {tn('votes.ofDotsLeft', results().vote.dotsPerPerson ?? 0)}
              </Show>
              <Show when={facilitating}>
                <button
                  type="button"
                  class="primary"
                  onClick={() => action.run(() => workshop.api.closeVote(results().vote.id))}
                >
                  {t('votes.close')}
                </button>
              </Show>
            </div>
          )}
        </Show>
        <ErrorAlert message={action.error()} />
        <Show when={current()}>{(results) => <VoteRanking results={results()} name={props.name} />}</Show>
      </section>
    </Show>
  );
}

function describe(results: VoteResults): string {
  const { vote } = results;
  const how =
    vote.mode === 'dots'
      ? tn('votes.dotsEach', vote.dotsPerPerson ?? 0)
      : t('votes.rateEach', { min: RATING_SCALE.min, max: RATING_SCALE.max });
  return t('votes.describe', {
    how,
    secrecy: vote.anonymous ? t('votes.anonymous') : t('votes.named'),
    voted: tn('votes.peopleVoted', results.participants),
  });
}

function dotsLeft(results: VoteResults): number {
  const spent = Object.values(results.mine).reduce((sum, points) => sum + points, 0);
  return Math.max(0, (results.vote.dotsPerPerson ?? 0) - spent);
}

function OpenVoteForm(props: {
  onOpen: (vote: { mode: VoteMode; dotsPerPerson?: number; anonymous: boolean }) => void;
}) {
  const [mode, setMode] = createSignal<VoteMode>('dots');
  const [dots, setDots] = createSignal(3);
  const [anonymous, setAnonymous] = createSignal(false);
  return (
    <form
      class="open-vote"
      onSubmit={(event) => {
        event.preventDefault();
        props.onOpen(
          mode() === 'dots'
            ? { mode: 'dots', dotsPerPerson: dots(), anonymous: anonymous() }
            : { mode: 'rating', anonymous: anonymous() },
        );
      }}
    >
      <label>
        {t('votes.vote')}
        <select
          aria-label={t('votes.kind')}
          value={mode()}
          onChange={(e) => setMode(e.currentTarget.value as VoteMode)}
        >
          <option value="dots">{t('votes.modeDots')}</option>
          <option value="rating">
            {t('votes.modeRating', { min: RATING_SCALE.min, max: RATING_SCALE.max })}
          </option>
        </select>
      </label>
      <Show when={mode() === 'dots'}>
        <label>
          {t('votes.dotsPerPerson')}
          <input
            type="number"
            min={1}
            max={MAX_DOTS_PER_PERSON}
            value={dots()}
            aria-label={t('votes.dotsPerPerson')}
            onInput={(e) =>
              setDots(Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Number(e.currentTarget.value) || 1)))
            }
          />
        </label>
      </Show>
      <label class="inline">
        <input
          type="checkbox"
          checked={anonymous()}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
        />
        {t('votes.anonymous')}
      </label>
      <button type="submit" class="primary">
        {t('votes.openVote')}
      </button>
    </form>
  );
}

/** The ranking, live: what the projector shows while people vote. */
export function VoteRanking(props: { results: VoteResults; name: RecommendationNamer }) {
  const score = (row: VoteResults['ranking'][number]) =>
    props.results.vote.mode === 'dots'
      ? tn('votes.dots', row.total)
      : row.voters === 0
        ? t('votes.notRated')
        : t('votes.average', {
            average: i18n().number(row.average!, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            max: RATING_SCALE.max,
            voters: row.voters,
          });
  return (
    <div class="vote-ranking">
      <h3>
        {props.results.vote.status === 'open' ? t('votes.rankingSoFar') : t('votes.lastResult')} ·{' '}
        {tn('votes.votedCount', props.results.participants)}
      </h3>
      <ol>
        <For each={props.results.ranking}>
          {(row) => (
            <li data-recommendation={row.recommendationId}>
              <span class="rank">#{i18n().number(row.rank)}</span>
              <strong class="item-label">{props.name(row.recommendationId).label}</strong>
              <span class="ranked-text" dir="auto">
                {props.name(row.recommendationId).text}
              </span>
              <span class="score" data-testid="score">
                {score(row)}
              </span>
              <Show when={row.ballots.length > 0}>
                <span class="voters muted">
                  {row.ballots
                    .map((b) => `${b.name} (${i18n().number(b.points)})`)
                    .join(t('items.separator'))}
                </span>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}

/** On a recommendation's card while a vote is open: place dots or rate it, once. */
export function VoteControls(props: { recommendationId: string; label: string }) {
  const workshop = useWorkshop();
  const results = () => {
    const current = workshop.votes.value()?.current;
    return current?.vote.status === 'open' && current.vote.recommendationIds.includes(props.recommendationId)
      ? current
      : null;
  };
  const action = createServerAction(workshop.votes.refresh);
  const cast = (voteId: string, points: number) =>
    action.run(() => workshop.api.cast(voteId, props.recommendationId, points));
  return (
    <Show when={workshop.live && VOTERS.has(workshop.role) && !workshop.presenting && results()}>
      {(open) => (
        <div class="vote-controls">
          <Show
            when={open().mine[props.recommendationId] === undefined}
            fallback={
              <span class="voted" data-testid="voted">
                {open().vote.mode === 'dots'
                  ? t('votes.yourDots', { label: props.label, points: open().mine[props.recommendationId]! })
                  : t('votes.yourRating', {
                      label: props.label,
                      points: open().mine[props.recommendationId]!,
                      max: RATING_SCALE.max,
                    })}
              </span>
            }
          >
            <span>{open().vote.mode === 'dots' ? t('votes.placeDots') : t('votes.rate')}</span>
            <For
              each={
                open().vote.mode === 'dots'
                  ? Array.from({ length: dotsLeft(open()) }, (_, i) => i + 1)
                  : Array.from({ length: RATING_SCALE.max }, (_, i) => i + 1)
              }
            >
              {(points) => (
                <button
                  type="button"
                  aria-label={
                    open().vote.mode === 'dots'
                      ? tn('votes.placeLabel', points, { label: props.label })
                      : t('votes.rateLabel', { label: props.label, points, max: RATING_SCALE.max })
                  }
                  onClick={() => cast(open().vote.id, points)}
                >
                  {open().vote.mode === 'dots' ? '●'.repeat(points) : `${i18n().number(points)}★`}
                </button>
              )}
            </For>
          </Show>
          <ErrorAlert message={action.error()} inline />
        </div>
      )}
    </Show>
  );
}
