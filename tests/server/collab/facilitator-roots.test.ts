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
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { recordingCloses, waitFor } from '../../helpers/yjs-clients.js';

const files = serverPerFile();

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
