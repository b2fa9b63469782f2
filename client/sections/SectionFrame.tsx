import { Show, type JSX } from 'solid-js';
import { useWorkshop } from '../sync/workshop-context.js';

interface SectionFrameProps {
  title: string;
  /** What goes in this section, for people new to the toolkit. */
  guidance: string;
  addLabel?: string;
  onAdd?: () => void;
  toolbar?: JSX.Element;
  children: JSX.Element;
}

export function SectionFrame(props: SectionFrameProps) {
  const workshop = useWorkshop();
  return (
    <section class="section">
      <header class="section-header">
        <div>
          <h2>{props.title}</h2>
          <p class="guidance">{props.guidance}</p>
        </div>
        <Show when={workshop.canEdit && props.onAdd}>
          <button type="button" class="primary" onClick={() => props.onAdd?.()}>
            {props.addLabel}
          </button>
        </Show>
      </header>
      <Show when={props.toolbar}>
        <div class="section-toolbar">{props.toolbar}</div>
      </Show>
      {props.children}
    </section>
  );
}

/** A `<select>` filter with an "all" choice. */
export function FilterSelect(props: {
  label: string;
  value: string;
  options: ReadonlyArray<string>;
  onChange: (value: string) => void;
}) {
  return (
    <label class="filter">
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">all</option>
        {props.options.map((option) => (
          <option value={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}
