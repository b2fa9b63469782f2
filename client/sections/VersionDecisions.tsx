import { createResource, createSignal, For, Show } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import {
  DECISION_KIND,
  DECISION_OUTCOME,
  DecisionRequest,
  NO_OUTCOME_WORD,
  decisionLine,
  outcomeWords,
  type Decision,
  type DecisionOutcome,
} from '../../shared/decisions.js';
import { ROLE_WORDS } from '../../shared/roles.js';
import { COLLECTIONS, labelsById, readWorkshopContent } from '../../shared/workshop-document/index.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { versionDoc } from './VersionViewer.jsx';

/** A recommendation as the version presented it: decisions are about that content, not the live draft's. */
interface Presented {
  id: string;
  label: string;
  text: string;
}

async function presentedRecommendations(api: WorkshopApi, versionId: string): Promise<Presented[]> {
  const doc = versionDoc(await api.version(versionId));
  try {
    const recommendations = readWorkshopContent(doc).recommendations;
    const labels = labelsById('recommendations', recommendations);
    return recommendations.map((r) => ({ id: r.id, label: labels.get(r.id) ?? '', text: r.text }));
  } finally {
    doc.destroy();
  }
}

/**
 * Step 11 on one saved version: what the decision-maker(s) decided, for everyone to read, and for
 * facilitators the form that records it. The version's own recommendations are loaded only when
 * there is something to show them for.
 */
export function VersionDecisions(props: {
  api: WorkshopApi;
  version: VersionSummary;
  onRecorded: () => Promise<void>;
}) {
  const workshop = useWorkshop();
  const [recording, setRecording] = createSignal(false);
  const [presented] = createResource(
    () => (props.version.decisions.length > 0 || recording() ? props.version.id : undefined),
    (id) => presentedRecommendations(props.api, id),
  );
  // Reading a failed resource throws: a version that could not be loaded shows its decisions unlabelled.
  const loaded = () => (presented.error ? undefined : presented());
  return (
    <>
      <Show when={props.version.decisions.length > 0}>
        <ol class="decisions" aria-label={`Decisions on v${props.version.number}`}>
          <For each={props.version.decisions}>
            {(decision) => <RecordedDecision decision={decision} presented={loaded() ?? []} />}
          </For>
        </ol>
      </Show>
      <Show when={workshop.role === 'facilitator'}>
        <Show
          when={recording()}
          fallback={
            <div class="version-actions">
              <button type="button" onClick={() => setRecording(true)}>
                Record the decision
              </button>
            </div>
          }
        >
          <DecisionForm
            api={props.api}
            version={props.version}
            presented={loaded}
            onDone={async (recorded) => {
              setRecording(false);
              // The list refreshes live anyway; a failed refetch here must not keep the form open.
              if (recorded) await props.onRecorded().catch(() => undefined);
            }}
          />
        </Show>
      </Show>
    </>
  );
}

function RecordedDecision(props: { decision: Decision; presented: Presented[] }) {
  return (
    <li class="decision" data-kind={props.decision.kind}>
      <strong dir="auto">Decision: {decisionLine(props.decision)}</strong>
      <p class="decision-text" dir="auto">
        {props.decision.text}
      </p>
      <Show when={props.presented.length > 0}>
        <ul class="decision-outcomes">
          <For each={props.presented}>
            {(recommendation) => (
              <li data-outcome={props.decision.recommendations[recommendation.id] ?? 'none'}>
                <strong class="item-label">{recommendation.label}</strong>{' '}
                <span dir="auto">{recommendation.text}</span>:{' '}
                <span class="outcome">{outcomeWords(props.decision, recommendation.id)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="muted">
        Recorded by {props.decision.recorderName} ({ROLE_WORDS[props.decision.recorderRole]}) ·{' '}
        {new Date(props.decision.createdAt).toLocaleString()}
      </p>
    </li>
  );
}

function DecisionForm(props: {
  api: WorkshopApi;
  version: VersionSummary;
  presented: () => Presented[] | undefined;
  onDone: (recorded: boolean) => Promise<void>;
}) {
  const action = createServerAction();
  const [invalid, setInvalid] = createSignal<string>();
  const nouns = COLLECTIONS.recommendations.title.toLowerCase();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // A decision cannot be taken back: a second click while the first is sent records nothing.
    if (action.pending()) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '');
    const recommendations: Record<string, DecisionOutcome> = {};
    for (const { id } of props.presented() ?? []) {
      const outcome = DECISION_OUTCOME.schema.safeParse(field(`outcome:${id}`));
      if (outcome.success) recommendations[id] = outcome.data;
    }
    // The server's own schema: what it would refuse is said here, before the round trip.
    const request = DecisionRequest.safeParse({
      decisionMaker: field('decisionMaker'),
      office: field('office'),
      kind: field('kind'),
      decidedOn: field('decidedOn'),
      text: field('text'),
      recommendations,
    });
    if (!request.success) {
      setInvalid(request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      return;
    }
    setInvalid(undefined);
    void action
      .run(() => props.api.recordDecision(props.version.id, request.data))
      .then((recorded) => (recorded ? props.onDone(true) : undefined));
  };

  return (
    <form
      class="card decision-form"
      onSubmit={submit}
      aria-label={`Record the decision on v${props.version.number}`}
    >
      <strong>Record the decision on v{props.version.number}</strong>
      <p class="muted">
        What the decision-maker(s) decided after this version was presented to them. Recorded decisions cannot
        be changed; record another one to correct it.
      </p>
      <div class="decision-fields">
        <label>
          Decision-maker
          <input name="decisionMaker" dir="auto" required maxLength={200} placeholder="e.g. H.E. Somsak K." />
        </label>
        <label>
          Office
          <input name="office" dir="auto" required maxLength={200} placeholder="e.g. Minister of Interior" />
        </label>
        <fieldset class="decision-kind">
          <legend>Kind of decision</legend>
          <For each={DECISION_KIND.values}>
            {(kind, index) => (
              <label>
                <input type="radio" name="kind" value={kind} checked={index() === 0} required />{' '}
                {DECISION_KIND.words[kind]}
              </label>
            )}
          </For>
        </fieldset>
        <label>
          Date of the decision
          <input name="decidedOn" type="date" required />
        </label>
      </div>
      <label class="decision-text-field">
        What was decided
        <textarea name="text" dir="auto" required maxLength={20_000} rows={4} />
      </label>
      <fieldset class="decision-outcomes-field">
        <legend>
          The {nouns} of v{props.version.number}
        </legend>
        <Show when={props.presented()} fallback={<p class="muted">Loading the {nouns} of this version…</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="muted">This version has no {nouns}.</p>}>
              <ul class="decision-outcomes">
                <For each={list()}>
                  {(recommendation) => (
                    <li>
                      <label>
                        <span>
                          <strong class="item-label">{recommendation.label}</strong>{' '}
                          <span dir="auto">{recommendation.text}</span>
                        </span>
                        <select
                          name={`outcome:${recommendation.id}`}
                          aria-label={`Decision on ${recommendation.label}`}
                        >
                          <option value="">{NO_OUTCOME_WORD}</option>
                          <For each={DECISION_OUTCOME.values}>
                            {(outcome) => <option value={outcome}>{DECISION_OUTCOME.words[outcome]}</option>}
                          </For>
                        </select>
                      </label>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </fieldset>
      <Show when={invalid() ?? action.error()}>
        <p class="error" role="alert">
          {invalid() ?? action.error()}
        </p>
      </Show>
      <div class="version-actions">
        <button type="submit" class="primary" disabled={props.presented() === undefined || action.pending()}>
          Record decision
        </button>
        <button type="button" onClick={() => void props.onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
