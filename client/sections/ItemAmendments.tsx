import {
  createEffect,
  createMemo,
  createSignal,
  For,
  on,
  onCleanup,
  Show,
  untrack,
  type JSX,
} from 'solid-js';
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import {
  canDecideAmendment,
  canProposeAmendment,
  changedWords,
  type Amendment,
  type AmendmentTarget,
} from '../../shared/amendments.js';
import { fieldLabel } from '../../shared/i18n/document-words.js';
import { wordDiff } from '../../shared/word-diff.js';
import {
  AMENDMENT_SHOWN_KEY,
  asAmendmentShown,
  presenterMap,
  reportFragment,
  sectionDef,
  showAmendment,
  type CollectionName,
  type Item,
} from '../../shared/workshop-document/index.js';
import { forgetSelection, lastFieldSelection } from '../fields/text-selection.js';
import { i18n, t } from '../i18n/i18n.js';
import {
  amendableFields,
  createAmendmentsAt,
  placeType,
  rebaseDraft,
  refreshWhenEdited,
  targetText,
  type AmendmentPlace,
  type WatchedType,
} from '../sync/amendments.js';
import { ApiRequestError } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop, type WorkshopContextValue } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';
import { AmendmentDiff } from './AmendmentDiff.jsx';
import { CommentPanel, createThreads } from './ItemComments.jsx';
import { joinWords, personWithRole, sameElements } from './labels.js';

/** Proposing and supporting, as the server allows it; never on the projector or in a saved version. */
export function canProposeHere(workshop: WorkshopContextValue): boolean {
  return canProposeAmendment(workshop.role) && workshop.live && !workshop.presenting && !workshop.archived;
}

/**
 * The amendments to one item: a toggle with the number of open ones, and, unfolded, each open one
 * as a word diff with its support and discussion, and a form to propose a change to one of the
 * item's text fields. Placed by the caller, as comments are: a card puts both in its header, an
 * action-plan row puts the panel across the row.
 */
export function createItemAmendments(props: { collection: CollectionName; item: Item; name: string }): {
  toggle: JSX.Element;
  panel: JSX.Element;
} {
  const workshop = useWorkshop();
  const itemId = String(props.item.get('id'));
  const place: AmendmentPlace = { collection: props.collection, itemId };
  const [expanded, setExpanded] = createSignal(false);
  const amendments = createAmendmentsAt(workshop, () => place);
  const shown = () =>
    workshop.live && !workshop.presenting && (canProposeHere(workshop) || amendments.open().length > 0);
  return {
    toggle: (
      <Show when={shown()}>
        <button
          type="button"
          class="amendments-toggle"
          classList={{ waiting: amendments.open().length > 0 }}
          aria-expanded={expanded()}
          aria-label={t('amendments.toggleLabel', { name: props.name, count: amendments.open().length })}
          onClick={() => setExpanded(!expanded())}
        >
          {amendments.open().length
            ? t('amendments.toggleCount', { count: amendments.open().length })
            : t('amendments.toggle')}
        </button>
      </Show>
    ),
    panel: (
      <Show when={shown() && expanded()}>
        <AmendmentPanel
          place={place}
          open={amendments.open()}
          name={props.name}
          propose={(close) => (
            <FieldProposal collection={props.collection} item={props.item} onDone={close} />
          )}
        />
      </Show>
    ),
  };
}

/** Both parts of `createItemAmendments` side by side, for a card's header. */
export function ItemAmendments(props: { collection: CollectionName; item: Item; name: string }) {
  const { toggle, panel } = createItemAmendments(props);
  return (
    <div class="item-amendments">
      {toggle}
      {panel}
    </div>
  );
}

/** The open amendments of one place, each with its actions, and the way to propose another. */
export function AmendmentPanel(props: {
  place: AmendmentPlace;
  open: Amendment[];
  name: string;
  /** The proposal form, given the function that closes it. */
  propose: (close: () => void) => JSX.Element;
  /** What the "Propose a change" button needs before it can be pressed (report words selected), if anything. */
  proposeHint?: string;
  /** Lists the decided ones too (the report, which has no History of its own). */
  showDecided?: boolean;
}) {
  const workshop = useWorkshop();
  const [proposing, setProposing] = createSignal(false);
  const ids = createMemo(() => props.open.map((amendment) => amendment.id), undefined, {
    equals: sameElements,
  });
  const byId = createMemo(() => new Map(props.open.map((amendment) => [amendment.id, amendment])));
  refreshWhenEdited(workshop, placeType(workshop.doc, props.place), () => props.open.length > 0);
  return (
    <section class="amendment-panel" aria-label={t('amendments.panelLabel', { name: props.name })}>
      <Show when={props.open.length === 0 && !proposing()}>
        <p class="muted">{t('amendments.noneOpen')}</p>
      </Show>
      {/* Keyed by id: every fetch brings new objects, and a card must keep its half-filled reject
          form or pending confirmation across them. */}
      <For each={ids()}>
        {(id) => (
          <Show when={byId().get(id)}>{(amendment) => <AmendmentCard amendment={amendment()} />}</Show>
        )}
      </For>
      <ErrorAlert message={workshop.amendments.error()} />
      <Show when={canProposeHere(workshop)}>
        <Show
          when={proposing()}
          fallback={
            <p class="amendment-propose">
              <button
                type="button"
                class="primary"
                disabled={props.proposeHint !== undefined}
                onClick={() => setProposing(true)}
              >
                {t('amendments.propose')}
              </button>{' '}
              <Show when={props.proposeHint}>{(hint) => <span class="muted">{hint()}</span>}</Show>
            </p>
          }
        >
          {props.propose(() => setProposing(false))}
        </Show>
      </Show>
      <Show when={props.showDecided}>
        <AmendmentHistory place={props.place} />
      </Show>
    </section>
  );
}

/** A new wording and the reason for it, with the diff it would make, sent as a proposal. */
function ProposalForm(props: {
  /** What the text reads now, against which the diff is drawn. */
  current: string;
  draft: string;
  setDraft: (text: string) => void;
  submit: (reason: string) => Promise<boolean>;
  onCancel: () => void;
  /** The field picker or the quoted words, above the new wording. */
  head: JSX.Element;
  multiline: boolean;
}) {
  const [reason, setReason] = createSignal('');
  const preview = createMemo(() => wordDiff(props.current, props.draft));
  const changed = () => props.draft !== props.current;
  return (
    <form
      class="amendment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void props.submit(reason()).then((ok) => ok && setReason(''));
      }}
    >
      {props.head}
      <label>
        {t('amendments.newWording')}
        <textarea
          dir="auto"
          rows={props.multiline ? 4 : 2}
          value={props.draft}
          onInput={(event) => props.setDraft(event.currentTarget.value)}
        />
      </label>
      <Show when={changed()}>
        <AmendmentDiff diff={preview()} />
      </Show>
      <label>
        {t('amendments.why')}
        <textarea
          dir="auto"
          rows={2}
          placeholder={t('amendments.whyPlaceholder')}
          value={reason()}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      </label>
      <div class="amendment-actions">
        <button type="submit" class="primary" disabled={!changed() || !reason().trim()}>
          {t('amendments.submit')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Bumps on every change to `type` while mounted, so a form's "current text" follows the live text. */
function createTypeTick(type: WatchedType | undefined) {
  const [tick, setTick] = createSignal(0);
  const bump = () => setTick((n) => n + 1);
  type?.observeDeep(bump);
  onCleanup(() => type?.unobserveDeep(bump));
  return tick;
}

/** Proposing a new wording for one of an item's text fields: the one last selected in, by default. */
function FieldProposal(props: { collection: CollectionName; item: Item; onDone: () => void }) {
  const workshop = useWorkshop();
  const itemId = String(props.item.get('id'));
  const fields = amendableFields(props.collection);
  const fieldName = (field: string) => fieldLabel(i18n().document, props.collection, field);
  const selectedField = () => {
    const selection = lastFieldSelection();
    if (!selection) return undefined;
    for (const [field, value] of props.item.entries()) if (value === selection.target) return field;
    return undefined;
  };
  const [field, setField] = createSignal(selectedField() ?? fields[0]!.field);
  const target = (): AmendmentTarget => ({ collection: props.collection, itemId, field: field() });
  const tick = createTypeTick(props.item);
  const current = () => {
    tick();
    return targetText(workshop.doc, target());
  };
  const [draft, setDraft] = createSignal(current());
  // What the draft was written against: others' edits elsewhere in the field are carried into it.
  let base = untrack(current);
  createEffect(
    on(current, (now) => {
      if (now === base) return;
      const rebased = rebaseDraft(base, untrack(draft), now);
      if (rebased !== null) setDraft(rebased);
      base = now;
    }),
  );
  const action = createServerAction(workshop.amendments.refresh);
  const multiline = () =>
    sectionDef(props.collection).fields[field()]?.kind === 'rich' || current().length > 60;
  return (
    <>
      <ProposalForm
        current={current()}
        draft={draft()}
        setDraft={setDraft}
        multiline={multiline()}
        onCancel={props.onDone}
        submit={async (reason) => {
          const ok = await action.run(() =>
            workshop.api.proposeAmendment({ target: target(), proposedText: draft(), reason }),
          );
          if (ok) props.onDone();
          return ok;
        }}
        head={
          <label>
            {t('amendments.field')}
            <select
              value={field()}
              onChange={(event) => {
                setField(event.currentTarget.value);
                base = untrack(current);
                setDraft(base);
              }}
            >
              <For each={fields}>
                {(option) => <option value={option.field}>{fieldName(option.field)}</option>}
              </For>
            </select>
          </label>
        }
      />
      <ErrorAlert message={action.error()} />
    </>
  );
}

/** Proposing new wording for the words selected in the report. */
export function ReportProposal(props: { onDone: () => void }) {
  const workshop = useWorkshop();
  const fragment = reportFragment(workshop.doc);
  // Taken when the form opens: selecting elsewhere afterwards does not move what is being amended.
  const selection = lastFieldSelection();
  const range = selection?.target === fragment ? selection.range : null;
  const quote = range?.quote ?? '';
  const [draft, setDraft] = createSignal(quote);
  const action = createServerAction(workshop.amendments.refresh);
  const encode = (position: Y.RelativePosition) => toBase64(Y.encodeRelativePosition(position));
  return (
    <Show when={range} fallback={<p class="muted">{t('amendments.selectReportFirst')}</p>}>
      {(chosen) => (
        <>
          <ProposalForm
            current={quote}
            draft={draft()}
            setDraft={setDraft}
            multiline={quote.length > 60}
            onCancel={props.onDone}
            submit={async (reason) => {
              const ok = await action.run(() =>
                workshop.api.proposeAmendment({
                  target: { report: { start: encode(chosen().start), end: encode(chosen().end) } },
                  proposedText: draft(),
                  reason,
                }),
              );
              if (ok) {
                forgetSelection();
                props.onDone();
              }
              return ok;
            }}
            head={
              <p class="amendment-quote" dir="auto">
                {t('amendments.replacing', { quote })}
              </p>
            }
          />
          <ErrorAlert message={action.error()} />
        </>
      )}
    </Show>
  );
}

/** The field an amendment changes, as its item's card labels it; the report's words have none. */
const fieldLabelOf = (target: AmendmentTarget) =>
  'report' in target ? '' : fieldLabel(i18n().document, target.collection, target.field);

const supportLine = (amendment: Amendment) =>
  amendment.supporters.length === 0
    ? t('amendments.noSupport')
    : t('amendments.supportedBy', {
        count: amendment.supporters.length,
        names: joinWords(amendment.supporters.map(personWithRole)),
      });

/** One open amendment: its diff, who proposed it and why, support, discussion and the decision. */
function AmendmentCard(props: { amendment: Amendment }) {
  const workshop = useWorkshop();
  const [discussing, setDiscussing] = createSignal(false);
  const [rejecting, setRejecting] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const [rejectReason, setRejectReason] = createSignal('');
  const action = createServerAction(workshop.amendments.refresh);
  const threads = createThreads(workshop, 'amendment', props.amendment.id);
  const canPropose = canProposeHere(workshop);
  const canDecide = canDecideAmendment(workshop.role) && canPropose;
  const projected = createYValue<unknown>(presenterMap(workshop.doc), AMENDMENT_SHOWN_KEY);
  const onProjector = () => asAmendmentShown(projected())?.id === props.amendment.id;
  const accept = async () => {
    const confirmed = confirming();
    if (props.amendment.outdated && !confirmed) {
      setConfirming(true);
      return;
    }
    await action.run(async () => {
      try {
        await workshop.api.acceptAmendment(props.amendment.id, confirmed);
      } catch (failure) {
        // The words changed since this page last heard: the server asks for the confirmation.
        if (failure instanceof ApiRequestError && failure.code === 'outdated') {
          setConfirming(true);
          return;
        }
        throw failure;
      }
    });
  };
  const reject = async () => {
    if (await action.run(() => workshop.api.rejectAmendment(props.amendment.id, rejectReason()))) {
      setRejecting(false);
      setRejectReason('');
    }
  };
  return (
    <article
      class="amendment"
      data-amendment={props.amendment.id}
      data-outdated={props.amendment.outdated}
      aria-label={t('amendments.cardLabel', { name: props.amendment.proposer.name })}
    >
      <p class="amendment-head">
        <strong>{fieldLabelOf(props.amendment.target)}</strong>
        <Show when={props.amendment.outdated && !props.amendment.gone}>
          <span class="badge outdated" title={t('amendments.outdatedTitle')}>
            {t('amendments.outdated')}
          </span>
        </Show>
        <Show when={props.amendment.gone}>
          <span class="badge outdated">{t('amendments.gone')}</span>
        </Show>
      </p>
      <AmendmentDiff diff={props.amendment.diff} />
      <p class="amendment-by">
        {t('amendments.proposedBy')} <strong dir="auto">{personWithRole(props.amendment.proposer)}</strong>
        {t('amendments.reasonColon')} <span dir="auto">{props.amendment.reason}</span>
      </p>
      <p class="amendment-support muted" data-testid="support">
        {supportLine(props.amendment)}
      </p>
      <div class="amendment-actions">
        <Show when={canPropose}>
          <button
            type="button"
            aria-label={props.amendment.supportedByMe ? t('amendments.youSupport') : t('amendments.support')}
            aria-pressed={props.amendment.supportedByMe}
            disabled={props.amendment.supportedByMe || action.pending()}
            onClick={() => void action.run(() => workshop.api.supportAmendment(props.amendment.id))}
          >
            +1{props.amendment.supportedByMe ? ' ✓' : ''}
          </button>
        </Show>
        <button type="button" aria-expanded={discussing()} onClick={() => setDiscussing(!discussing())}>
          {t('amendments.discussion', { count: threads().length })}
        </button>
        <Show when={canDecide}>
          <button
            type="button"
            aria-pressed={onProjector()}
            onClick={() =>
              workshop.doc.transact(() =>
                showAmendment(workshop.doc, onProjector() ? null : { id: props.amendment.id }),
              )
            }
          >
            {onProjector() ? t('amendments.stopProjecting') : t('amendments.showOnProjector')}
          </button>
          <button
            type="button"
            class="primary"
            disabled={props.amendment.gone || action.pending() || confirming()}
            onClick={() => void accept()}
          >
            {t('amendments.accept')}
          </button>
          <button type="button" aria-expanded={rejecting()} onClick={() => setRejecting(!rejecting())}>
            {t('amendments.rejectOpen')}
          </button>
        </Show>
      </div>
      <Show when={confirming()}>
        <div class="amendment-confirm" role="alertdialog" aria-label={t('amendments.confirmLabel')}>
          <p>{t('amendments.confirmText')}</p>
          <div class="amendment-actions">
            <button type="button" class="primary" disabled={action.pending()} onClick={() => void accept()}>
              {t('amendments.acceptAnyway')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </Show>
      <Show when={rejecting()}>
        <form
          class="amendment-reject"
          onSubmit={(event) => {
            event.preventDefault();
            void reject();
          }}
        >
          <label>
            {t('amendments.rejectReason')}
            <textarea
              dir="auto"
              rows={2}
              value={rejectReason()}
              onInput={(event) => setRejectReason(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="danger" disabled={!rejectReason().trim() || action.pending()}>
            {t('amendments.reject')}
          </button>
        </form>
      </Show>
      <ErrorAlert message={action.error()} />
      <Show when={discussing()}>
        <CommentPanel
          collection="amendment"
          itemId={props.amendment.id}
          fieldOf={() => undefined}
          threads={threads()}
          canComment={canPropose}
          wholeLabel={t('amendments.onThisAmendment')}
          unquoteLabel=""
        />
      </Show>
    </article>
  );
}

/** "Accepted by Fatima (Facilitator)", "Rejected by …: reason": a decided amendment in a history. */
function decisionLine(amendment: Amendment): string {
  const decision = amendment.decision!;
  const by = personWithRole(decision.by);
  return amendment.status === 'accepted'
    ? t('amendments.acceptedBy', { name: by })
    : t('amendments.rejectedBy', { name: by, reason: decision.reason ?? '' });
}

/** The decided amendments of one item (or of the report), newest first: what changed, who proposed and who decided. */
export function AmendmentHistory(props: { place: AmendmentPlace }) {
  const workshop = useWorkshop();
  const amendments = createAmendmentsAt(workshop, () => props.place);
  return (
    <Show when={amendments.decided().length > 0}>
      <div class="amendment-history">
        <h4>{t('amendments.decided')}</h4>
        <ol class="history-entries">
          <For each={amendments.decided()}>
            {(amendment) => {
              const words = () => changedWords(amendment.decision!.before, amendment.decision!.after);
              return (
                <li data-amendment={amendment.id} data-status={amendment.status}>
                  <span class={`badge ${amendment.status}`}>
                    {amendment.status === 'accepted'
                      ? t('amendments.status.accepted')
                      : t('amendments.status.rejected')}
                  </span>{' '}
                  <Show when={fieldLabelOf(amendment.target)}>
                    {(label) => (
                      <>
                        <strong>{label()}</strong>
                        {t('amendments.reasonColon')}{' '}
                      </>
                    )}
                  </Show>
                  <span dir="auto">
                    “{words().before}” <span class="flow-arrow">→</span> “{words().after}”
                  </span>
                  {t('amendments.historyProposedBy')}{' '}
                  <span dir="auto">{personWithRole(amendment.proposer)}</span> (
                  <span dir="auto">{amendment.reason}</span>
                  {t('amendments.reasonEnd')} <span dir="auto">{decisionLine(amendment)}</span>
                  {' · '}
                  <time datetime={amendment.decision!.at}>{i18n().time(amendment.decision!.at)}</time>
                </li>
              );
            }}
          </For>
        </ol>
      </div>
    </Show>
  );
}
