import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  asSummon,
  pinnedSection,
  pinSection,
  presenterMap,
  summon,
  SUMMON_KEY,
  timerMap,
} from '../../../shared/workshop-document/index.js';
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
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { recordingCloses, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

const files = serverPerFile();

/** The template's first group session (template.ts gives it a fixed id). */
const SESSION = 's-template-3';

async function connected(workshopId: string, token: string): Promise<TestClient> {
  const client = files.connect(workshopId, token);
  await client.synced;
  return client;
}

const bringTo = { section: 'recommendations', itemId: 'r-1', by: 'Amina', at: 1 };

describe('the parts of the document only facilitators change', () => {
  it('takes a facilitator’s summon and pin to every page', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Summon' });
    const facilitator = files.connect(workshop.id, workshop.invites.facilitator);
    const participant = files.connect(workshop.id, workshop.invites.participant);
    await Promise.all([facilitator.synced, participant.synced]);
    facilitator.doc.transact(() => {
      summon(facilitator.doc, bringTo);
      pinSection(facilitator.doc, 'findings');
    });
    await waitFor(() => asSummon(presenterMap(participant.doc).get(SUMMON_KEY)) !== null, 'the summon');
    expect(asSummon(presenterMap(participant.doc).get(SUMMON_KEY))).toEqual(bringTo);
    expect(pinnedSection(participant.doc)).toBe('findings');
  });

  // A new key, an existing one overwritten and a deletion, and the countdown: each is undone by the
  // server on every page, the sender's too, while the rest of the same edit stands.
  const forgeries: Array<[string, (doc: Y.Doc) => void]> = [
    ['a new entry', (doc) => presenterMap(doc).set('forged', true)],
    ['an overwritten summon', (doc) => summon(doc, { ...bringTo, by: 'Mallory', at: 2 })],
    ['a deleted pin', (doc) => presenterMap(doc).delete('pinnedSection')],
    ['a started countdown', (doc) => timerMap(doc).set('forged', null)],
  ];
  for (const [what, forge] of forgeries)
    it(`undoes ${what} from a participant’s socket, and keeps the rest of that edit`, async () => {
      const workshop = await createWorkshop(files.server.url, { title: `Forged: ${what}` });
      const facilitator = files.connect(workshop.id, workshop.invites.facilitator);
      await facilitator.synced;
      facilitator.doc.transact(() => {
        summon(facilitator.doc, bringTo);
        pinSection(facilitator.doc, 'findings');
      });
      const participant = recordingCloses(files.connect(workshop.id, workshop.invites.participant));
      await participant.synced;
      await waitFor(() => pinnedSection(participant.doc) === 'findings', 'the pin on the participant’s page');
      const presenterBefore = JSON.stringify(presenterMap(facilitator.doc).toJSON());

      participant.doc.transact(() => {
        participant.doc.getText('notes').insert(0, 'allowed');
        forge(participant.doc);
      });
      await waitFor(() => facilitator.doc.getText('notes').toString() === 'allowed', 'the ordinary edit');
      await waitFor(
        () =>
          JSON.stringify(presenterMap(participant.doc).toJSON()) === presenterBefore &&
          timerMap(participant.doc).size === 0,
        'the refused part undone on the participant’s own page',
      );
      expect(JSON.stringify(presenterMap(facilitator.doc).toJSON())).toBe(presenterBefore);
      expect(timerMap(facilitator.doc).size).toBe(0);
      // Nothing to close the socket for: the page stays connected and keeps editing.
      expect(participant.closes).toEqual([]);

      const fresh = files.connect(workshop.id, workshop.invites.facilitator);
      await fresh.synced;
      expect(presenterMap(fresh.doc).toJSON()).toEqual(presenterMap(facilitator.doc).toJSON());
      expect(asSummon(presenterMap(fresh.doc).get(SUMMON_KEY))).toEqual(bringTo);
      expect(pinnedSection(fresh.doc)).toBe('findings');
      expect(presenterMap(fresh.doc).has('forged')).toBe(false);
      expect(fresh.doc.getText('notes').toString()).toBe('allowed');
    });
});

describe('the facilitators’ roots (breakout groups, consolidated marks)', () => {
  it('keep a facilitator’s changes and undo a participant’s, the rest of the participant’s edit standing', async () => {
    const workshop = await createWorkshop(files.server.url);
    const facilitator = await connected(workshop.id, workshop.invites.facilitator);
    const participant = await connected(workshop.id, workshop.invites.participant);

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
    const fresh = await connected(workshop.id, workshop.invites.viewer);
    await waitFor(() => readConsolidated(fresh.doc, findingId)?.by === 'Lan', 'the mark on a fresh page');
    expect(readGroups(fresh.doc).map((group) => group.name)).toEqual(['Legal framework']);
  });
});
