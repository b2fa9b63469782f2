import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/close-codes.js';
import {
  asSummon,
  FACILITATOR_ROOTS,
  pinnedSection,
  pinSection,
  presenterMap,
  summon,
  SUMMON_KEY,
} from '../../../shared/workshop-document/index.js';
import { touchesRoots } from '../../../server/collab/write-guard.js';
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

  // A new key (parent named in the update), an existing one overwritten (parent found through the
  // entry it replaces) and a deletion: each is refused and the socket closed, the others' copy unchanged.
  const forgeries: Array<[string, (doc: Y.Doc) => void]> = [
    ['a new entry', (doc) => presenterMap(doc).set('forged', true)],
    ['an overwritten summon', (doc) => summon(doc, { ...bringTo, by: 'Mallory', at: 2 })],
    ['a deleted pin', (doc) => presenterMap(doc).delete('pinnedSection')],
  ];
  for (const [what, forge] of forgeries)
    it(`refuses ${what} from a participant’s socket, and still takes its other edits`, async () => {
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

      participant.doc.getText('notes').insert(0, 'allowed');
      await waitFor(() => facilitator.doc.getText('notes').toString() === 'allowed', 'an ordinary edit');
      forge(participant.doc);
      await waitFor(() => participant.closes.length > 0, 'the participant’s socket closed');
      expect(participant.closes[0]).toBe(CloseCode.malformedMessage);

      const fresh = files.connect(workshop.id, workshop.invites.facilitator);
      await fresh.synced;
      expect(presenterMap(fresh.doc).toJSON()).toEqual(presenterMap(facilitator.doc).toJSON());
      expect(asSummon(presenterMap(fresh.doc).get(SUMMON_KEY))).toEqual(bringTo);
      expect(pinnedSection(fresh.doc)).toBe('findings');
      expect(presenterMap(fresh.doc).has('forged')).toBe(false);
      expect(fresh.doc.getText('notes').toString()).toBe('allowed');
    });
});

describe('touchesRoots', () => {
  const changeOf = (base: Y.Doc, change: (doc: Y.Doc) => void) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
    const before = Y.encodeStateVector(copy);
    change(copy);
    return Y.encodeStateAsUpdate(copy, before);
  };

  it('tells changes within a guarded root, nested ones too, from changes elsewhere', () => {
    const doc = new Y.Doc();
    const nested = new Y.Map<unknown>();
    presenterMap(doc).set('nested', nested);
    nested.set('a', 1);
    doc.getMap('meta').set('x', 1);
    const touches = (change: (copy: Y.Doc) => void) =>
      touchesRoots(doc, Y.decodeUpdate(changeOf(doc, change)), FACILITATOR_ROOTS);
    expect(touches((copy) => (presenterMap(copy).get('nested') as Y.Map<unknown>).set('b', 2))).toBe(true);
    expect(touches((copy) => (presenterMap(copy).get('nested') as Y.Map<unknown>).delete('a'))).toBe(true);
    expect(
      touches((copy) => {
        const inner = new Y.Array<string>();
        presenterMap(copy).set('list', inner);
        inner.insert(0, ['one', 'two']);
        inner.insert(1, ['between']);
      }),
    ).toBe(true);
    expect(touches((copy) => copy.getMap('meta').set('x', 2))).toBe(false);
    expect(touches((copy) => copy.getMap('meta').delete('x'))).toBe(false);
    expect(touches((copy) => copy.getText('notes').insert(0, 'hello'))).toBe(false);
  });

  it('follows a long chain of new items without recursion (an offline page’s pasted report)', () => {
    const doc = new Y.Doc();
    const update = changeOf(doc, (copy) => {
      const fragment = copy.getXmlFragment('report');
      // One at a time, so each paragraph's origin is the one before it.
      for (let i = 0; i < 20_000; i++) fragment.push([new Y.XmlElement('paragraph')]);
    });
    const started = performance.now();
    expect(touchesRoots(doc, Y.decodeUpdate(update), FACILITATOR_ROOTS)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
    const guardedChain = changeOf(doc, (copy) => {
      const list = new Y.Array<Y.XmlElement>();
      presenterMap(copy).set('list', list);
      for (let i = 0; i < 5_000; i++) list.push([new Y.XmlElement('p')]);
    });
    expect(touchesRoots(doc, Y.decodeUpdate(guardedChain), FACILITATOR_ROOTS)).toBe(true);
  });
});
