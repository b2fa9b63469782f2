import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  COLLECTIONS,
  createItem,
  itemName,
  itemText,
  type Item,
} from '../../shared/workshop-document/index.js';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { createFieldIndex, createOrderedItems, createYText, createYValue } from '../sync/y-signals.js';
import { GroupsEditor } from './GroupsEditor.jsx';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemControls } from './ItemControls.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { fieldOptions } from './labels.js';

const KIND_OPTIONS = fieldOptions('agenda', 'kind');

export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return hours ? `${hours} h${minutes ? ` ${minutes} min` : ''}` : `${minutes} min`;
}

/** `HH:MM` plus minutes, as `HH:MM` (empty when the start is not set). */
export function endTime(start: string, durationMinutes: number): string {
  const match = /^(\d\d):(\d\d)$/.exec(start);
  if (!match) return '';
  const total = Number(match[1]) * 60 + Number(match[2]) + durationMinutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function AgendaSection() {
  const workshop = useWorkshop();
  const sessions = createOrderedItems(workshop.doc, 'agenda');
  const timing = createFieldIndex(workshop.doc, 'agenda', (item) => ({
    start: String(item.get('start') ?? ''),
    duration: Number(item.get('durationMinutes')) || 0,
  }));
  const positions = createMemo(() => new Map(sessions().map((item, index) => [item, index])));
  const total = createMemo(() => [...timing().values()].reduce((sum, session) => sum + session.duration, 0));

  const addAfterLast = () =>
    workshop.edit(() => {
      const last = sessions().at(-1);
      const lastTiming = last ? timing().get(String(last.get('id'))) : undefined;
      createItem(workshop.doc, 'agenda', {
        start: lastTiming ? endTime(lastTiming.start, lastTiming.duration) : '09:00',
      });
    });

  return (
    <SectionFrame
      title={COLLECTIONS.agenda.title}
      guidance="Tool J: the timed sessions of the workshop, plenary or in breakout groups, each with its facilitator."
      addLabel="+ Add session"
      onAdd={addAfterLast}
    >
      <table class="agenda">
        <thead>
          <tr>
            <th>Start</th>
            <th>Minutes</th>
            <th>Ends</th>
            <th>Session</th>
            <th>Format</th>
            <th>Facilitator</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={sessions()}>
            {(item) => (
              <SessionRow
                item={item}
                index={positions().get(item) ?? 0}
                count={sessions().length}
                timing={timing().get(String(item.get('id')))}
              />
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={7} class="agenda-total" data-testid="agenda-total">
              Total: {formatMinutes(total())} in {sessions().length} sessions
            </td>
          </tr>
        </tfoot>
      </table>
    </SectionFrame>
  );
}

function SessionRow(props: {
  item: Item;
  index: number;
  count: number;
  timing: { start: string; duration: number } | undefined;
}) {
  const name = () => `session ${props.index + 1}`;
  const kind = createYValue<string>(props.item, 'kind');
  const title = createYText(itemText(props.item, 'title'));
  const [groupsOpen, setGroupsOpen] = createSignal(false);
  return (
    <>
      <tr data-id={String(props.item.get('id'))}>
        <td>
          <ValueField item={props.item} field="start" label={`Start of ${name()}`} input="time" />
        </td>
        <td>
          <ValueField
            item={props.item}
            field="durationMinutes"
            label={`Minutes of ${name()}`}
            input="number"
            class="narrow"
          />
        </td>
        <td class="muted">{props.timing ? endTime(props.timing.start, props.timing.duration) : ''}</td>
        <td>
          <TextField
            text={itemText(props.item, 'title')}
            label={`Title of ${name()}`}
            placeholder="What happens in this session"
          />
        </td>
        <td>
          <ValueField item={props.item} field="kind" label={`Format of ${name()}`} options={KIND_OPTIONS} />
        </td>
        <td>
          <TextField text={itemText(props.item, 'facilitator')} label={`Facilitator of ${name()}`} />
        </td>
        <td>
          <ItemControls
            collection="agenda"
            id={String(props.item.get('id'))}
            index={props.index}
            count={props.count}
            name={itemName('agenda', props.index)}
          />
          <Show when={kind() === 'group'}>
            <button
              type="button"
              class="icon"
              aria-expanded={groupsOpen()}
              onClick={() => setGroupsOpen(!groupsOpen())}
            >
              Groups
            </button>
          </Show>
        </td>
      </tr>
      <Show when={kind() === 'group' && groupsOpen()}>
        <tr class="groups-row">
          <td colSpan={7}>
            <GroupsEditor sessionId={String(props.item.get('id'))} sessionName={title() || name()} />
          </td>
        </tr>
      </Show>
    </>
  );
}
