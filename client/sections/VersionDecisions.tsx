import { createResource, createSignal, For, Show } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import {
  DECISION_KIND,
  DECISION_OUTCOME,
  DecisionRequest,
  NO_OUTCOME_WORD,
  type Decision,
  type DecisionOutcome,
} from '../../shared/decisions.js';
import { decisionKindWord, outcomeWord } from '../../shared/decision-words.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { labelsById, readWorkshopContent } from '../../shared/workshop-document/index.js';
import { i18n, t } from '../i18n/i18n.js';
import { roleWord } from './labels.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { versionDoc } from './VersionViewer.jsx';

/** "Decision: Formal, 1 Feb 2027, Somsak K. (Minister of Interior)", in the interface language. */
function decisionLine(decision: Decision): string {
  return t('versions.decisions.line', {
    kind: decisionKindWord(i18n(), decision.kind),
    date: i18n().date(decision.decidedOn),
    decisionMaker: decision.decisionMaker,
    office: decision.office,
  });
}

/** The form's fields, by the name the request schema gives them, for saying which one is wrong. */
const FIELD_WORDS: Record<string, MessageKey> = {
  decisionMaker: 'versions.decisions.form.decisionMaker',
  office: 'versions.decisions.form.office',
  kind: 'versions.decisions.form.kind',
  decidedOn: 'versions.decisions.form.date',
  text: 'versions.decisions.form.text',
  recommendations: 'versions.decisions.form.recommendationsField',
};

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
        <ol
          class="decisions"
          aria-label={t('versions.decisions.listLabel', { number: String(props.version.number) })}
        >
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
                {t('versions.decisions.record')}
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
      <strong dir="auto">{decisionLine(props.decision)}</strong>
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
                <span class="outcome">{outcomeWord(i18n(), props.decision, recommendation.id)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="muted" dir="auto">
        {t('versions.decisions.recordedBy', {
          name: props.decision.recorderName,
          role: roleWord(props.decision.recorderRole),
          when: i18n().dateTime(props.decision.createdAt),
        })}
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
  // The fields the schema refused, worded when shown.
  const [invalid, setInvalid] = createSignal<string[]>();
  const invalidWords = () => {
    const fields = invalid();
    if (!fields) return undefined;
    const words = [...new Set(fields.map((field) => (FIELD_WORDS[field] ? t(FIELD_WORDS[field]) : field)))];
    return t('versions.decisions.form.invalid', { fields: i18n().list(words) });
  };

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
      setInvalid(request.error.issues.map((issue) => String(issue.path[0] ?? '')));
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
      aria-label={t('versions.decisions.form.label', { number: String(props.version.number) })}
    >
      <strong>{t('versions.decisions.form.label', { number: String(props.version.number) })}</strong>
      <p class="muted">{t('versions.decisions.form.intro')}</p>
      <div class="decision-fields">
        <label>
          {t('versions.decisions.form.decisionMaker')}
          <input
            name="decisionMaker"
            dir="auto"
            required
            maxLength={200}
            placeholder={t('versions.decisions.form.decisionMakerPlaceholder')}
          />
        </label>
        <label>
          {t('versions.decisions.form.office')}
          <input
            name="office"
            dir="auto"
            required
            maxLength={200}
            placeholder={t('versions.decisions.form.officePlaceholder')}
          />
        </label>
        <fieldset class="decision-kind">
          <legend>{t('versions.decisions.form.kind')}</legend>
          <For each={DECISION_KIND.values}>
            {(kind, index) => (
              <label>
                <input type="radio" name="kind" value={kind} checked={index() === 0} required />{' '}
                {t(`versions.decisions.kinds.${kind}`)}
              </label>
            )}
          </For>
        </fieldset>
        <label>
          {t('versions.decisions.form.date')}
          <input name="decidedOn" type="date" required />
        </label>
      </div>
      <label class="decision-text-field">
        {t('versions.decisions.form.text')}
        <textarea name="text" dir="auto" required maxLength={20_000} rows={4} />
      </label>
      <fieldset class="decision-outcomes-field">
        <legend>
          {t('versions.decisions.form.recommendations', { number: String(props.version.number) })}
        </legend>
        <Show when={props.presented()} fallback={<p class="muted">{t('versions.decisions.form.loading')}</p>}>
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={<p class="muted">{t('versions.decisions.form.noRecommendations')}</p>}
            >
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
                          aria-label={t('versions.decisions.form.outcomeLabel', {
                            label: recommendation.label,
                          })}
                        >
                          <option value="">{NO_OUTCOME_WORD}</option>
                          <For each={DECISION_OUTCOME.values}>
                            {(outcome) => (
                              <option value={outcome}>{t(`versions.decisions.outcomes.${outcome}`)}</option>
                            )}
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
      <Show when={invalidWords() ?? action.error()}>
        <p class="error" role="alert">
          {invalidWords() ?? action.error()}
        </p>
      </Show>
      <div class="version-actions">
        <button type="submit" class="primary" disabled={props.presented() === undefined || action.pending()}>
          {t('versions.decisions.form.submit')}
        </button>
        <button type="button" onClick={() => void props.onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
