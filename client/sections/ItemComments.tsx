import { createMemo, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import * as Y from 'yjs';
import {
  rangeAnchor,
  resolveRange,
  type CommentAnchor,
  type CommentTarget,
  type CommentThread,
} from '../../shared/comments.js';
import type { CollectionName, Item } from '../../shared/workshop-document/index.js';
import { forgetSelection, lastFieldSelection } from '../fields/text-selection.js';
import { t } from '../i18n/i18n.js';
import { createServerAction } from '../sync/server-action.js';
import { useWorkshop, type WorkshopContextValue } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';
import { roleWord } from './labels.js';

const COMMENTERS = new Set(['facilitator', 'participant', 'stakeholder']);

/** Viewers and the projector read comments; a saved version has none of its own. */
export function canCommentHere(workshop: WorkshopContextValue): boolean {
  return COMMENTERS.has(workshop.role) && !workshop.presenting && workshop.live;
}

/** The threads on one target, kept current. */
export function createThreads(workshop: WorkshopContextValue, collection: CommentTarget, itemId: string) {
  return createMemo(() =>
    (workshop.comments.value()?.threads ?? []).filter(
      (thread) => thread.anchor.collection === collection && thread.anchor.itemId === itemId,
    ),
  );
}

/** Bumps on every document change while mounted, so anchored quotes follow the text live. */
function createDocumentTick(doc: Y.Doc) {
  const [tick, setTick] = createSignal(0);
  const bump = () => setTick((n) => n + 1);
  doc.on('update', bump);
  onCleanup(() => doc.off('update', bump));
  return tick;
}

/** The field of `item` that holds `target` (its Y.Text or Y.XmlFragment), if any. */
function fieldOf(item: Item, target: Y.Text | Y.XmlFragment): string | undefined {
  for (const [field, value] of item.entries()) if (value === target) return field;
  return undefined;
}

/**
 * The comment threads on one item: a toggle with the number of open threads, and, unfolded, the
 * threads (with the commented words as they read now), replies, resolve/reopen, and a new comment
 * on the item or on the words selected in one of its fields. The two parts are placed by the
 * caller: a card puts both in its header, an action-plan row puts the panel across the row.
 */
export function createItemComments(props: { collection: CollectionName; item: Item; name: string }): {
  toggle: JSX.Element;
  panel: JSX.Element;
} {
  const workshop = useWorkshop();
  const itemId = String(props.item.get('id'));
  const [expanded, setExpanded] = createSignal(false);
  const threads = createThreads(workshop, props.collection, itemId);
  const openCount = () => threads().filter((thread) => !thread.resolved).length;
  const canComment = canCommentHere(workshop);
  const shown = () => workshop.live && (canComment || threads().length > 0);
  return {
    toggle: (
      <Show when={shown()}>
        <button
          type="button"
          class="comments-toggle"
          aria-expanded={expanded()}
          aria-label={t('comments.toggleLabel', { name: props.name, count: openCount() })}
          onClick={() => setExpanded(!expanded())}
        >
          {openCount() ? t('comments.toggleCount', { count: openCount() }) : t('comments.toggle')}
        </button>
      </Show>
    ),
    panel: (
      <Show when={shown() && expanded()}>
        <CommentPanel
          collection={props.collection}
          itemId={itemId}
          fieldOf={(target) => fieldOf(props.item, target)}
          threads={threads()}
          canComment={canComment}
          wholeLabel={t('comments.wholeItem')}
          unquoteLabel={t('comments.wholeItemInstead')}
        />
      </Show>
    ),
  };
}

/** Both parts of `createItemComments` side by side, for a card's header. */
export function ItemComments(props: { collection: CollectionName; item: Item; name: string }) {
  const { toggle, panel } = createItemComments(props);
  return (
    <div class="item-comments">
      {toggle}
      {panel}
    </div>
  );
}

/** The threads on one target and a form for a new one, on the selected words when they are in it. */
export function CommentPanel(props: {
  collection: CommentTarget;
  itemId: string;
  /** The target's field holding a selected text or fragment; undefined when the selection is elsewhere. */
  fieldOf: (target: Y.Text | Y.XmlFragment) => string | undefined;
  threads: CommentThread[];
  canComment: boolean;
  /** What the form says when nothing in the target is selected, and how to drop the selection. */
  wholeLabel: string;
  unquoteLabel: string;
}) {
  const workshop = useWorkshop();
  const tick = createDocumentTick(workshop.doc);
  const [draft, setDraft] = createSignal('');
  const action = createServerAction(workshop.comments.refresh);
  const selected = () => {
    const selection = lastFieldSelection();
    if (!selection) return null;
    const field = props.fieldOf(selection.target);
    return field ? { range: selection.range, field } : null;
  };
  const submit = async () => {
    const range = selected();
    const anchor: CommentAnchor = range
      ? rangeAnchor(props.collection, props.itemId, range.field, range.range)
      : { collection: props.collection, itemId: props.itemId };
    if (await action.run(() => workshop.api.comment(anchor, draft()))) {
      setDraft('');
      forgetSelection();
    }
  };
  const quoteOf = (anchor: CommentAnchor) => {
    tick();
    if (!anchor.start) return null;
    const now = resolveRange(workshop.doc, anchor);
    return now ? { text: now.text, gone: false } : { text: anchor.quote ?? '', gone: true };
  };

  return (
    <div class="comment-panel">
      <For each={props.threads}>
        {(thread) => (
          <article class="comment-thread" data-thread={thread.id} data-resolved={thread.resolved}>
            <Show when={quoteOf(thread.anchor)}>
              {(quote) => (
                <blockquote class="comment-quote" classList={{ gone: quote().gone }} dir="auto">
                  {quote().text}
                  <Show when={quote().gone}> {t('comments.textDeleted')}</Show>
                </blockquote>
              )}
            </Show>
            <For each={thread.messages}>
              {(message) => (
                <p class="comment-message" dir="auto">
                  <strong>{message.authorName}</strong>{' '}
                  <span class="muted">({roleWord(message.authorRole)})</span> {message.body}
                </p>
              )}
            </For>
            <Show when={props.canComment}>
              <ThreadActions thread={thread} act={action.run} />
            </Show>
          </article>
        )}
      </For>
      <Show when={props.canComment}>
        <form
          class="new-comment"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Show when={selected()} fallback={<span class="muted">{props.wholeLabel}</span>}>
            {(range) => (
              <span class="muted">
                {t('comments.onQuote', { quote: range().range.quote })}{' '}
                <button type="button" class="link" onClick={forgetSelection}>
                  {props.unquoteLabel}
                </button>
              </span>
            )}
          </Show>
          <textarea
            rows={2}
            dir="auto"
            aria-label={t('comments.newComment')}
            value={draft()}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="primary" disabled={!draft().trim()}>
            {t('comments.submit')}
          </button>
        </form>
      </Show>
      <ErrorAlert message={action.error()} />
    </div>
  );
}

function ThreadActions(props: {
  thread: CommentThread;
  act: (work: () => Promise<unknown>) => Promise<boolean>;
}) {
  const workshop = useWorkshop();
  const [reply, setReply] = createSignal('');
  return (
    <form
      class="thread-actions"
      onSubmit={(event) => {
        event.preventDefault();
        void props.act(() => workshop.api.reply(props.thread.id, reply())).then((ok) => ok && setReply(''));
      }}
    >
      <input
        dir="auto"
        aria-label={t('comments.reply')}
        placeholder={t('comments.replyPlaceholder')}
        value={reply()}
        onInput={(event) => setReply(event.currentTarget.value)}
      />
      <button type="submit" disabled={!reply().trim()}>
        {t('comments.reply')}
      </button>
      <button
        type="button"
        onClick={() =>
          void props.act(() => workshop.api.setResolved(props.thread.id, !props.thread.resolved))
        }
      >
        {props.thread.resolved ? t('comments.reopen') : t('comments.resolve')}
      </button>
    </form>
  );
}
