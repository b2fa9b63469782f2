import type { ConnectionState } from '../sync/workshop-connection.js';

const LABELS: Record<ConnectionState, string> = {
  connected: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline — edits are kept on this device and sent when the connection returns',
  refused: 'Access refused',
};

export function ConnectionBadge(props: { state: ConnectionState }) {
  return (
    <span class={`connection connection-${props.state}`} role="status" data-state={props.state}>
      {LABELS[props.state]}
    </span>
  );
}
