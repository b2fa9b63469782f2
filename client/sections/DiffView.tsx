import { For, Show } from 'solid-js';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  sectionDef,
  type CanonicalItem,
  type CollectionName,
  type ContentDiff,
  type WordChange,
} from '../../shared/workshop-document/index.js';

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
        fallback={<p class="muted">No differences.</p>}
      >
        <For each={sections()}>
          {(name) => {
            const section = props.diff[name];
            return (
              <section class="diff-section" data-section={name}>
                <h4>{COLLECTIONS[name].title}</h4>
                <ul>
                  <For each={section.added}>
                    {(item) => <li class="diff-added">Added: {headline(name, item)}</li>}
                  </For>
                  <For each={section.removed}>
                    {(item) => <li class="diff-removed">Removed: {headline(name, item)}</li>}
                  </For>
                  <For each={section.changed}>
                    {(change) => (
                      <li class="diff-changed">
                        Changed {change.id}:
                        <ul>
                          <For each={change.fields}>
                            {(field) => (
                              <li>
                                <strong>{sectionDef(name).fields[field.field]?.label ?? field.field}</strong>:{' '}
                                <Show
                                  when={field.words}
                                  fallback={`${JSON.stringify(field.before)} → ${JSON.stringify(field.after)}`}
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
                    <li class="diff-moved">Moved: {section.moved.length} item(s)</li>
                  </Show>
                </ul>
              </section>
            );
          }}
        </For>
        <Show when={props.diff.report.changed}>
          <section class="diff-section" data-section="report">
            <h4>Report</h4>
            <Words words={props.diff.report.words} />
          </section>
        </Show>
      </Show>
    </div>
  );
}
