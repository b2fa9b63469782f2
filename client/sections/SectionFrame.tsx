import { For, Show, type JSX } from 'solid-js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import { t } from '../i18n/i18n.js';
import { createUndoDepths, useWorkshop } from '../sync/workshop-context.js';
import { ImportButton } from './ImportDialog.jsx';

interface SectionFrameProps {
  title: string;
  /** What goes in this section, for people new to the toolkit. */
  guidance: string;
  addLabel?: string;
  onAdd?: () => void;
  toolbar?: JSX.Element;
  /** Offers facilitators to import rows from a spreadsheet into this collection. */
  importInto?: CollectionName;
  children: JSX.Element;
}

export function SectionFrame(props: SectionFrameProps) {
  const workshop = useWorkshop();
  return (
    <section class="section">
      {/* The guidance comes after the title and buttons and takes the whole width, so on a phone it
          is not squeezed into a column beside them. */}
      <header class="section-header">
        <h2>{props.title}</h2>
        <Show when={workshop.canEdit}>
          <div class="section-actions">
            <UndoButtons />
            <Show when={props.importInto}>{(name) => <ImportButton collection={name()} />}</Show>
            <Show when={props.onAdd}>
              <button type="button" class="primary" onClick={() => props.onAdd?.()}>
                {props.addLabel}
              </button>
            </Show>
          </div>
        </Show>
        <p class="guidance">{props.guidance}</p>
      </header>
      <Show when={props.toolbar}>
        <div class="section-toolbar">{props.toolbar}</div>
      </Show>
      {props.children}
    </section>
  );
}

/** Undo and redo of this person's own structured edits (adds, moves, deletions, fields). */
function UndoButtons() {
  const { undoManager } = useWorkshop();
  const depths = createUndoDepths(undoManager);
  return (
    <>
      <button
        type="button"
        class="icon"
        title={t('items.undoTitle')}
        disabled={depths().undo === 0}
        onClick={() => undoManager.undo()}
      >
        {t('items.undo')}
      </button>
      <button
        type="button"
        class="icon"
        title={t('items.redoTitle')}
        disabled={depths().redo === 0}
        onClick={() => undoManager.redo()}
      >
        {t('items.redo')}
      </button>
    </>
  );
}

/** A `<select>` filter with an "all" choice. */
export function FilterSelect(props: {
  label: string;
  value: string;
  /** Values shown as typed, or value/label pairs (a stored status and its words). */
  options: ReadonlyArray<string | { value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const options = () =>
    props.options.map((option) => (typeof option === 'string' ? { value: option, label: option } : option));
  return (
    <label class="filter">
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="" selected={props.value === ''}>
          {t('items.filterAll')}
        </option>
        <For each={options()}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
