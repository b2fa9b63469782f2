import { onCleanup, type Accessor } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { workshopApi } from './api-client.js';
import { createLiveTopic } from './live-topic.js';
import { createServerClock } from './server-clock.js';
import { connectWorkshop, type PresenceUser, type WorkshopConnection } from './workshop-connection.js';
import { createStructuredUndo, LOCAL_ORIGIN, type WorkshopContextValue } from './workshop-context.js';

/**
 * Everything a page open on a workshop holds for as long as it is open: the live connection, the
 * API as this invite, the server clock, and the votes and comments kept current. Disposed with the
 * component that created it.
 */
export function createLiveSession(
  session: WorkshopSession,
  token: string,
  user: Accessor<PresenceUser>,
  options: { presenting: boolean; announce: WorkshopContextValue['announce'] },
): { connection: WorkshopConnection; context: WorkshopContextValue } {
  const { workshop, role, canEdit } = session;
  const connection = connectWorkshop(workshop.id, token, user());
  const undoManager = createStructuredUndo(connection.doc);
  const api = workshopApi(workshop.id, token, () => user().name);
  const clock = createServerClock(connection.provider);
  const votes = createLiveTopic(connection.doc, connection.provider, 'votes', api.voteState);
  const comments = createLiveTopic(connection.doc, connection.provider, 'comments', api.comments);
  // All of them, decided ones too: an item's history lists those, the projector shows one as decided.
  const amendments = createLiveTopic(connection.doc, connection.provider, 'amendments', () =>
    api.amendments('all'),
  );
  onCleanup(() => {
    undoManager.destroy();
    connection.destroy();
  });
  return {
    connection,
    context: {
      doc: connection.doc,
      provider: connection.provider,
      workshopId: workshop.id,
      token,
      role,
      invite: session.invite,
      canEdit: canEdit && !options.presenting,
      archived: workshop.archivedAt !== null,
      presenting: options.presenting,
      live: true,
      api,
      clock,
      votes,
      comments,
      amendments,
      user,
      people: connection.people,
      undoManager,
      edit: (change) => connection.doc.transact(change, LOCAL_ORIGIN),
      announce: options.announce,
    },
  };
}
