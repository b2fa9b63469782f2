import { For } from 'solid-js';
import type { PresentPerson } from '../sync/workshop-connection.js';

export function PresenceBar(props: { people: PresentPerson[] }) {
  return (
    <ul class="presence" aria-label="People here now">
      <For each={props.people}>
        {(person) => (
          <li
            class="person"
            style={{ 'border-color': person.color }}
            title={`${person.name} (${person.role})`}
          >
            <span class="dot" style={{ background: person.color }} />
            {person.name}
            {person.isSelf ? ' (you)' : ''}
          </li>
        )}
      </For>
    </ul>
  );
}
