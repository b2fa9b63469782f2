import * as Y from 'yjs';
import type { Role } from '../../shared/roles.js';
import { Connection } from './connection.js';

/**
 * The origins whose changes are refused: sockets whose role may not write the guarded roots. Yjs's
 * UndoManager asks its `trackedOrigins` whether it tracks a transaction's origin, so a Set that
 * answers by role tracks exactly those sockets, however many come and go.
 */
class RefusedSockets extends Set<unknown> {
  constructor(private readonly mayWrite: (role: Role) => boolean) {
    super();
  }
  override has(origin: unknown): boolean {
    return origin instanceof Connection && !this.mayWrite(origin.role);
  }
}

/**
 * Keeps `roots` of a room's document to the roles `mayWrite` allows. Which roots a Yjs update reaches
 * is known only once it is integrated (its items name their parents by id, and a socket's updates are
 * applied together with its other edits), so a refused role's change to a guarded root is integrated
 * and then undone by the server straight away: every page, the sender's included, receives the undo,
 * and the rest of the same update (a finding edited alongside) stands.
 */
export function guardRoots(doc: Y.Doc, roots: readonly string[], mayWrite: (role: Role) => boolean): void {
  const undo = new Y.UndoManager(
    roots.map((name) => doc.getMap(name)),
    { trackedOrigins: new RefusedSockets(mayWrite), captureTimeout: 0 },
  );
  let queued = false;
  undo.on('stack-item-added', (event: { type: 'undo' | 'redo' }) => {
    if (event.type !== 'undo' || queued) return;
    queued = true;
    // After the refused transaction has finished (it is being cleaned up while this event runs).
    queueMicrotask(() => {
      queued = false;
      while (undo.undoStack.length > 0) undo.undo();
      // Nobody redoes a refusal: keep nothing.
      undo.clear();
    });
  });
}
