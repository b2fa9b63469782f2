import type { MessageKey } from '../../shared/i18n/messages.js';
import { t } from '../i18n/i18n.js';
import type { ConnectionState } from '../sync/workshop-connection.js';

const LABELS: Record<ConnectionState, MessageKey> = {
  connected: 'shell.connection.connected',
  connecting: 'shell.connection.connecting',
  offline: 'shell.connection.offline',
  refused: 'shell.connection.refused',
};

export function ConnectionBadge(props: { state: ConnectionState }) {
  return (
    <span class={`connection connection-${props.state}`} role="status" data-state={props.state}>
      {t(LABELS[props.state])}
    </span>
  );
}
