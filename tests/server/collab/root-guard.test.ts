import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consolidatedMap,
  createGroup,
  createItem,
  findItem,
  groupsMap,
  markConsolidated,
  readConsolidated,
  readGroups,
  setGroupText,
} from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

const SESSION = 's-template-3';

let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function connect(workshopId: string, token: string): Promise<TestClient> {
  const client = connectClient(server.url, workshopId, token);
  clients.push(client);
  await client.synced;
  return client;
}

describe('the facilitators’ roots (breakout groups, consolidated marks)', () => {
  it('keep a facilitator’s changes and undo a participant’s, the rest of the participant’s edit standing', async () => {
    const workshop = await createWorkshop(server.url);
    const facilitator = await connect(workshop.id, workshop.invites.facilitator);
    const participant = await connect(workshop.id, workshop.invites.participant);

    let groupId = '';
    facilitator.doc.transact(() => {
      groupId = createGroup(facilitator.doc, SESSION, { name: 'Legal framework' });
    });
    await waitFor(
      () => readGroups(participant.doc).length === 1,
      'the facilitator’s group to reach the participant',
    );

    // One edit by the participant: a finding (theirs to write), a renamed and a new group, a mark.
    let findingId = '';
    participant.doc.transact(() => {
      findingId = createItem(participant.doc, 'findings', { evidence: 'Fees deter registration' });
      setGroupText(participant.doc, groupId, 'name', 'Renamed by a participant');
      createGroup(participant.doc, SESSION, { name: 'A participant’s group' });
      markConsolidated(participant.doc, findingId, { by: 'Minh', at: 1 });
    });

    // The server undoes the refused part, and the undo reaches the sender too.
    await waitFor(
      () =>
        readGroups(participant.doc).length === 1 &&
        readGroups(participant.doc)[0]!.name === 'Legal framework' &&
        readConsolidated(participant.doc, findingId) === null,
      'the participant’s group changes to be undone',
    );
    await waitFor(() => findItem(facilitator.doc, 'findings', findingId) !== undefined, 'the finding');
    expect(readGroups(facilitator.doc).map((group) => group.name)).toEqual(['Legal framework']);
    expect(consolidatedMap(facilitator.doc).size).toBe(0);

    // A participant cannot delete a group either.
    participant.doc.transact(() => groupsMap(participant.doc).delete(groupId));
    await waitFor(() => readGroups(participant.doc).length === 1, 'the deletion to be undone');

    // The facilitator consolidates: it stays, and a fresh page loads it from the store.
    facilitator.doc.transact(() => markConsolidated(facilitator.doc, findingId, { by: 'Lan', at: 2 }));
    await waitFor(() => readConsolidated(participant.doc, findingId)?.by === 'Lan', 'the mark');
    const fresh = await connect(workshop.id, workshop.invites.viewer);
    await waitFor(() => readConsolidated(fresh.doc, findingId)?.by === 'Lan', 'the mark on a fresh page');
    expect(readGroups(fresh.doc).map((group) => group.name)).toEqual(['Legal framework']);
  });
});
