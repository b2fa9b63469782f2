import { For, Show } from 'solid-js';
import type * as Y from 'yjs';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

type Stored = string | number | null;

interface ValueFieldProps {
  item: Y.Map<unknown>;
  field: string;
  label: string;
  /** A pick list; a stored value missing from it (a renamed theme, say) is still shown. */
  options?: ReadonlyArray<{ value: string; label: string }>;
  input?: 'date' | 'time' | 'number' | 'year';
  invalid?: string | false;
  class?: string;
}

/** A single-value field (last writer wins): a pick list, a date, a time or a number. */
export function ValueField(props: ValueFieldProps) {
  const workshop = useWorkshop();
  const value = createYValue<Stored>(props.item, props.field);
  const set = (next: Stored) => workshop.edit(() => props.item.set(props.field, next));
  const className = () => `value-field ${props.class ?? ''} ${props.invalid ? 'invalid' : ''}`;

  return (
    <Show
      when={props.options}
      fallback={
        <input
          class={className()}
          dir="auto"
          aria-label={props.label}
          aria-invalid={props.invalid ? true : undefined}
          title={props.invalid || undefined}
          type={props.input === 'year' ? 'number' : (props.input ?? 'text')}
          min={props.input === 'year' ? 1900 : props.input === 'number' ? 0 : undefined}
          max={props.input === 'year' ? 2100 : undefined}
          disabled={!workshop.canEdit}
          value={value() ?? ''}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            const numeric = props.input === 'number' || props.input === 'year';
            set(numeric ? (raw === '' ? null : Number(raw)) : raw);
          }}
        />
      }
    >
      {(options) => (
        <select
          class={className()}
          aria-label={props.label}
          disabled={!workshop.canEdit}
          value={String(value() ?? '')}
          onChange={(event) => set(event.currentTarget.value)}
        >
          {/* `selected` on each option: the select's own value is applied once, and options that
              arrive or change later (a theme list loading, a rename) would otherwise reset it. */}
          <option value="" selected={(value() ?? '') === ''}>
            —
          </option>
          <Show
            when={value() !== null && value() !== '' && !options().some((o) => o.value === String(value()))}
          >
            <option value={String(value())} selected>
              {String(value())}
            </option>
          </Show>
          <For each={options()}>
            {(option) => (
              <option value={option.value} selected={String(value() ?? '') === option.value}>
                {option.label}
              </option>
            )}
          </For>
        </select>
      )}
    </Show>
  );
}
