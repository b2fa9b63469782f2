import { createSignal, Show } from 'solid-js';
import { REPORT_ANCHOR } from '../../shared/comments.js';
import { reportFragment } from '../../shared/workshop-document/index.js';
import { CollaborativeEditor } from '../editor/CollaborativeEditor.jsx';
import { lastFieldSelection } from '../fields/text-selection.js';
import { createAmendmentsAt } from '../sync/amendments.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { t } from '../i18n/i18n.js';
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
        <h2>{t('report.title')}</h2>
        <div class="report-toggles">
          <Show when={workshop.live && !workshop.presenting}>
            <button
              type="button"
              class="comments-toggle"
              aria-expanded={showComments()}
              aria-label={t('report.commentsLabel', { count: open() })}
              onClick={() => setShowComments(!showComments())}
            >
              {t('report.comments', { count: open() })}
            </button>
          </Show>
          <Show when={amendmentsShown()}>
            <button
              type="button"
              class="amendments-toggle"
              classList={{ waiting: amendments.open().length > 0 }}
              aria-expanded={showAmendments()}
              aria-label={t('report.amendmentsLabel', { count: amendments.open().length })}
              onClick={() => setShowAmendments(!showAmendments())}
            >
              {t('report.amendments', { count: amendments.open().length })}
            </button>
          </Show>
        </div>
        <p class="guidance">{t('report.guidance')}</p>
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
                wholeLabel={t('report.wholeLabel')}
                unquoteLabel={t('report.unquoteLabel')}
              />
            </Show>
            <Show when={showAmendments() && amendmentsShown()}>
              <AmendmentPanel
                place="report"
                open={amendments.open()}
                name={t('report.name')}
                proposeHint={wordsSelected() ? undefined : t('report.proposeHint')}
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
