import { For } from 'solid-js';
import { t } from '../i18n/i18n.js';
import type { PresentPerson } from '../sync/workshop-connection.js';

export function PresenceBar(props: { people: PresentPerson[] }) {
  return (
    <ul class="presence" aria-label={t('shell.presence.label')}>
      <For each={props.people}>
        {(person) => (
          <li
            class="person"
            style={{ 'border-color': person.color }}
            title={t('shell.presence.nameRole', { name: person.name, role: t(`shell.roles.${person.role}`) })}
          >
            <span class="dot" style={{ background: person.color }} />
            <bdi>{person.isSelf ? t('shell.presence.self', { name: person.name }) : person.name}</bdi>
          </li>
        )}
      </For>
    </ul>
  );
}
