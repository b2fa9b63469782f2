import { createMemo, createSignal, For, Show } from 'solid-js';
import { createItem, itemText, type Item } from '../../shared/workshop-document/index.js';
import { fieldLabel, sectionNoun, sectionTitle, valueOptions } from '../../shared/i18n/document-words.js';
import { i18n, t, tn } from '../i18n/i18n.js';
import { clockTime, durationWords } from '../views/agenda-words.js';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { createFieldIndex, createOrderedItems, createYText, createYValue } from '../sync/y-signals.js';
import { GroupsEditor } from './GroupsEditor.jsx';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemControls } from './ItemControls.jsx';
import { SectionFrame } from './SectionFrame.jsx';

/** "1 h 30 min" in the reader's language. */
export function formatMinutes(total: number): string {
  return durationWords(total);
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
      title={sectionTitle(i18n().document, 'agenda')}
      guidance={t('agenda.guidance')}
      addLabel={t('agenda.add')}
      onAdd={addAfterLast}
    >
      <table class="agenda">
        <thead>
          <tr>
            <th>{fieldLabel(i18n().document, 'agenda', 'start')}</th>
            <th>{fieldLabel(i18n().document, 'agenda', 'durationMinutes')}</th>
            <th>{t('agenda.ends')}</th>
            <th>{fieldLabel(i18n().document, 'agenda', 'title')}</th>
            <th>{fieldLabel(i18n().document, 'agenda', 'kind')}</th>
            <th>{fieldLabel(i18n().document, 'agenda', 'facilitator')}</th>
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
              {tn('agenda.total', sessions().length, { duration: formatMinutes(total()) })}
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
  const name = () => t('agenda.sessionNumber', { number: props.index + 1 });
  const kind = createYValue<string>(props.item, 'kind');
  const title = createYText(itemText(props.item, 'title'));
  const [groupsOpen, setGroupsOpen] = createSignal(false);
  return (
    <>
      <tr data-id={String(props.item.get('id'))}>
        <td>
          <ValueField
            item={props.item}
            field="start"
            label={t('agenda.startOf', { session: name() })}
            input="time"
          />
        </td>
        <td>
          <ValueField
            item={props.item}
            field="durationMinutes"
            label={t('agenda.minutesOf', { session: name() })}
            input="number"
            class="narrow"
          />
        </td>
        <td class="muted">
          {props.timing ? clockTime(endTime(props.timing.start, props.timing.duration)) : ''}
        </td>
        <td>
          <TextField
            text={itemText(props.item, 'title')}
            label={t('agenda.titleOf', { session: name() })}
            placeholder={t('agenda.titlePlaceholder')}
          />
        </td>
        <td>
          <ValueField
            item={props.item}
            field="kind"
            label={t('agenda.formatOf', { session: name() })}
            options={valueOptions(i18n().document, 'agenda', 'kind')}
          />
        </td>
        <td>
          <TextField
            text={itemText(props.item, 'facilitator')}
            label={t('agenda.facilitatorOf', { session: name() })}
          />
        </td>
        <td>
          <ItemControls
            collection="agenda"
            id={String(props.item.get('id'))}
            index={props.index}
            count={props.count}
            name={t('agenda.itemName', {
              noun: sectionNoun(i18n().document, 'agenda'),
              number: props.index + 1,
            })}
          />
          <Show when={kind() === 'group'}>
            <button
              type="button"
              class="icon"
              aria-expanded={groupsOpen()}
              onClick={() => setGroupsOpen(!groupsOpen())}
            >
              {t('agenda.groups')}
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
