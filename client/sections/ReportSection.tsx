import { createSignal, Show } from 'solid-js';
import { REPORT_ANCHOR } from '../../shared/comments.js';
import { reportFragment } from '../../shared/workshop-document/index.js';
import { CollaborativeEditor } from '../editor/CollaborativeEditor.jsx';
import { useWorkshop } from '../sync/workshop-context.js';
import { canCommentHere, CommentPanel, createThreads } from './ItemComments.jsx';

export function ReportSection() {
  const workshop = useWorkshop();
  const fragment = reportFragment(workshop.doc);
  const threads = createThreads(workshop, REPORT_ANCHOR.collection, REPORT_ANCHOR.itemId);
  const [showComments, setShowComments] = createSignal(false);
  const open = () => threads().filter((thread) => !thread.resolved).length;
  return (
    <section class="section">
      <header class="section-header">
        <h2>Report</h2>
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
        <p class="guidance">
          The results workshop report (Tool K): prose around the findings, recommendations and targets. Select
          words to comment on them.
        </p>
      </header>
      <div class="report-body" classList={{ 'with-comments': showComments() }}>
        <CollaborativeEditor
          fragment={fragment}
          provider={workshop.provider}
          user={workshop.user()}
          editable={workshop.canEdit}
        />
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
      </div>
    </section>
  );
}
