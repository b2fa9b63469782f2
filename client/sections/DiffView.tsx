import { For, Show } from 'solid-js';
import { fieldLabel, sectionTitle } from '../../shared/i18n/document-words.js';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CanonicalItem,
  type CollectionName,
  type ContentDiff,
  type WordChange,
} from '../../shared/workshop-document/index.js';
import { i18n, t, tn } from '../i18n/i18n.js';

/** An item is named in a diff by its headline field (the rest is shown only when it changed). */
function headline(name: CollectionName, item: CanonicalItem): string {
  const value = item[COLLECTIONS[name].headline];
  const text =
    typeof value === 'string'
      ? value
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return text || item.id;
}

export function Words(props: { words: WordChange[] }) {
  return (
    <span class="words" dir="auto">
      <For each={props.words}>
        {(part) =>
          part.added ? (
            <ins>{part.value}</ins>
          ) : part.removed ? (
            <del>{part.value}</del>
          ) : (
            <span>{part.value}</span>
          )
        }
      </For>
    </span>
  );
}

/** Per section: what was added, removed, changed (word by word) and moved. */
export function DiffView(props: { diff: ContentDiff }) {
  const sections = () =>
    COLLECTION_NAMES.filter((name) => {
      const section = props.diff[name];
      return (
        section.added.length + section.removed.length + section.changed.length + section.moved.length > 0
      );
    });
  return (
    <div class="diff">
      <Show
        when={sections().length > 0 || props.diff.report.changed}
        fallback={<p class="muted">{t('versions.diff.none')}</p>}
      >
        <For each={sections()}>
          {(name) => {
            const section = props.diff[name];
            return (
              <section class="diff-section" data-section={name}>
                <h4>{sectionTitle(i18n().document, name)}</h4>
                <ul>
                  <For each={section.added}>
                    {(item) => (
                      <li class="diff-added" dir="auto">
                        {t('versions.diff.added', { item: headline(name, item) })}
                      </li>
                    )}
                  </For>
                  <For each={section.removed}>
                    {(item) => (
                      <li class="diff-removed" dir="auto">
                        {t('versions.diff.removed', { item: headline(name, item) })}
                      </li>
                    )}
                  </For>
                  <For each={section.changed}>
                    {(change) => (
                      <li class="diff-changed">
                        {t('versions.diff.changed', { item: change.id })}
                        <ul>
                          <For each={change.fields}>
                            {(field) => (
                              <li>
                                <strong>{fieldLabel(i18n().document, name, field.field)}</strong>:{' '}
                                <Show
                                  when={field.words}
                                  fallback={`${JSON.stringify(field.before)} ${i18n().dir === 'rtl' ? '←' : '→'} ${JSON.stringify(field.after)}`}
                                >
                                  {(words) => <Words words={words()} />}
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </li>
                    )}
                  </For>
                  <Show when={section.moved.length > 0}>
                    <li class="diff-moved">{tn('versions.diff.moved', section.moved.length)}</li>
                  </Show>
                </ul>
              </section>
            );
          }}
        </For>
        <Show when={props.diff.report.changed}>
          <section class="diff-section" data-section="report">
            <h4>{t('versions.diff.report')}</h4>
            <Words words={props.diff.report.words} />
          </section>
        </Show>
      </Show>
    </div>
  );
}
