import { For, Show, type JSX } from 'solid-js';
import { CHAIN, type TraceNode } from '../../shared/traceability.js';
import { sectionTitle } from '../../shared/i18n/document-words.js';
import { sectionTitleOf } from './sections.js';
import { i18n, t } from '../i18n/i18n.js';
import { GapList, gapMessage } from './GapList.jsx';
import {
  COLLECTIONS,
  type CollectionName,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import { useTraceability } from '../sync/traceability.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { useItemNavigation } from './item-navigation.js';
import { SectionFrame } from './SectionFrame.jsx';
import { summary } from './labels.js';

/** An item's headline, for naming it beside its label (the registry says which field that is). */
function headlineOf(content: WorkshopContent, collection: CollectionName, id: string): string {
  const items = content[collection] as ReadonlyArray<{ id: string } & Record<string, unknown>>;
  const value = items.find((item) => item.id === id)?.[COLLECTIONS[collection].headline];
  return typeof value === 'string' ? value : '';
}

/** The chain from each finding to its targets, and every place it is broken, each linking to the item. */
export function TraceSection() {
  const workshop = useWorkshop();
  const open = useItemNavigation();
  const { trace, content } = useTraceability(workshop.doc);

  /** An item's label, as a link to it where this page can go there. */
  const item = (collection: CollectionName, node: TraceNode, withText = true): JSX.Element => {
    const text = withText ? summary(node.label, headlineOf(content(), collection, node.id), 50) : node.label;
    return (
      <Show when={open} fallback={<span dir="auto">{text}</span>}>
        {(go) => (
          <button
            type="button"
            class="link-button"
            dir="auto"
            data-item={node.id}
            onClick={() => go()(collection, node.id)}
          >
            {text}
          </button>
        )}
      </Show>
    );
  };

  return (
    <SectionFrame title={sectionTitleOf('trace')} guidance={t('trace.guidance')}>
      <section class="trace-gaps" aria-labelledby="trace-gaps-title">
        <h3 id="trace-gaps-title">
          {t('trace.gapsTitle')}{' '}
          <span class="count-badge" data-testid="gap-total">
            {i18n().number(trace().gaps.length)}
          </span>
        </h3>
        <Show when={trace().gaps.length > 0} fallback={<p class="empty">{t('trace.noGaps')}</p>}>
          <GapList
            trace={trace()}
            show={(gap) => item(gap.collection, { id: gap.itemId, label: gapMessage(gap) }, false)}
          />
        </Show>
      </section>
      <section class="trace-tree" aria-labelledby="trace-tree-title">
        <h3 id="trace-tree-title">{t('trace.treeTitle')}</h3>
        <Show when={trace().chains.length > 0} fallback={<p class="empty">{t('trace.noFindings')}</p>}>
          <div class="trace-table" role="table" aria-label={t('trace.matrix')}>
            <div class="trace-row trace-head" role="row">
              <For each={CHAIN}>
                {(name) => <div role="columnheader">{sectionTitle(i18n().document, name)}</div>}
              </For>
            </div>
            <For each={trace().chains}>
              {(chain) => (
                <div class="trace-row" role="row" data-finding={chain.findingId}>
                  <div role="cell">{item('findings', { id: chain.findingId, label: chain.label })}</div>
                  <div role="cell" class="trace-branches">
                    <Show
                      when={chain.recommendations.length > 0}
                      fallback={<span class="gap-mark">{t('trace.none')}</span>}
                    >
                      <For each={chain.recommendations}>
                        {(recommendation) => (
                          <div class="trace-branch">
                            <div>{item('recommendations', recommendation)}</div>
                            <div class="trace-branches">
                              <Show
                                when={recommendation.actions.length > 0}
                                fallback={<span class="gap-mark">{t('trace.noAction')}</span>}
                              >
                                <For each={recommendation.actions}>
                                  {(action) => (
                                    <div class="trace-branch">
                                      <div>{item('actionPlan', action)}</div>
                                      <div>
                                        <Show
                                          when={action.targets.length > 0}
                                          fallback={<span class="gap-mark">{t('trace.noTarget')}</span>}
                                        >
                                          <For each={action.targets}>
                                            {(target) => <div>{item('targets', target)}</div>}
                                          </For>
                                        </Show>
                                      </div>
                                    </div>
                                  )}
                                </For>
                              </Show>
                            </div>
                          </div>
                        )}
                      </For>
                    </Show>
                  </div>
                </div>
              )}
            </For>
          </div>
        </Show>
      </section>
    </SectionFrame>
  );
}
