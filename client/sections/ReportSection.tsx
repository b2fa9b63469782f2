import { createSignal, Show } from 'solid-js';
import { REPORT_ANCHOR } from '../../shared/comments.js';
import { reportFragment } from '../../shared/workshop-document/index.js';
import { CollaborativeEditor } from '../editor/CollaborativeEditor.jsx';
import { lastFieldSelection } from '../fields/text-selection.js';
import { createAmendmentsAt } from '../sync/amendments.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { AmendmentPanel, canProposeHere, ReportProposal } from './ItemAmendments.jsx';
import { canCommentHere, CommentPanel, createThreads } from './ItemComments.jsx';

export function ReportSection() {
  const workshop = useWorkshop();
  const fragment = reportFragment(workshop.doc);
  const threads = createThreads(workshop, REPORT_ANCHOR.collection, REPORT_ANCHOR.itemId);
  const [showComments, setShowComments] = createSignal(false);
  const open = () => threads().filter((thread) => !thread.resolved).length;
  const amendments = createAmendmentsAt(workshop, () => 'report');
  const [showAmendments, setShowAmendments] = createSignal(false);
  const wordsSelected = () => lastFieldSelection()?.target === fragment;
  const amendmentsShown = () =>
    workshop.live && !workshop.presenting && (canProposeHere(workshop) || amendments.open().length > 0);
  return (
    <section class="section">
      <header class="section-header">
        <div>
          <h2>Report</h2>
          <p class="guidance">
            The results workshop report (Tool K): prose around the findings, recommendations and targets.
            Select words to comment on them, or to propose a change to them.
          </p>
        </div>
        <div class="report-toggles">
          <Show when={workshop.live && !workshop.presenting}>
            <button
              type="button"
              class="comments-toggle"
              aria-expanded={showComments()}
              aria-label={`Comments on the report: ${open()} open`}
              onClick={() => setShowComments(!showComments())}
            >
              Comments ({open()})
            </button>
          </Show>
          <Show when={amendmentsShown()}>
            <button
              type="button"
              class="amendments-toggle"
              classList={{ waiting: amendments.open().length > 0 }}
              aria-expanded={showAmendments()}
              aria-label={`Amendments to the report: ${amendments.open().length} open`}
              onClick={() => setShowAmendments(!showAmendments())}
            >
              Amendments ({amendments.open().length})
            </button>
          </Show>
        </div>
      </header>
      <div class="report-body" classList={{ 'with-comments': showComments() || showAmendments() }}>
        <CollaborativeEditor
          fragment={fragment}
          provider={workshop.provider}
          user={workshop.user()}
          editable={workshop.canEdit}
        />
        <Show when={showComments() || showAmendments()}>
          <div class="report-side">
            <Show when={showComments()}>
              <CommentPanel
                collection={REPORT_ANCHOR.collection}
                itemId={REPORT_ANCHOR.itemId}
                fieldOf={(target) => (target === fragment ? REPORT_ANCHOR.field : undefined)}
                threads={threads()}
                canComment={canCommentHere(workshop)}
                wholeLabel="On the report as a whole (select words in it to comment on them)"
                unquoteLabel="comment on the whole report instead"
              />
            </Show>
            <Show when={showAmendments() && amendmentsShown()}>
              <AmendmentPanel
                place="report"
                open={amendments.open()}
                name="the report"
                proposeHint={wordsSelected() ? undefined : 'Select words of the report first.'}
                propose={(close) => <ReportProposal onDone={close} />}
                showDecided
              />
            </Show>
          </div>
        </Show>
      </div>
    </section>
  );
}
