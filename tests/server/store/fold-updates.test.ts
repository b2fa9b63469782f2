import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates, startFoldThread } from '../../../server/store/fold-updates.js';

const thread = startFoldThread();
afterAll(() => thread.close());

/** A snapshot and a log of typing, deleting and formatting after it, as a room's store holds them. */
function storedUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  text.insert(0, 'Births registered within 30 days');
  const snapshot = Y.encodeStateAsUpdate(doc);
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  for (let index = 0; index < 600; index++) {
    if (index % 7 === 6) text.delete(index % text.length, 1);
    else text.insert((index * 13) % text.length, String.fromCharCode(97 + (index % 26)));
  }
  doc.getMap('meta').set('title', 'Findings');
  return [snapshot, ...log];
}

function contentOf(update: Uint8Array): { text: string; title: unknown } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { text: doc.getText('text').toString(), title: doc.getMap('meta').get('title') };
}

it('folds on its thread into the same document as applying every update in turn', async () => {
  const updates = storedUpdates();
  const replayed = new Y.Doc();
  for (const update of updates) Y.applyUpdate(replayed, update);

  const folded = await thread.fold(updates);
  expect(contentOf(folded)).toEqual({ text: replayed.getText('text').toString(), title: 'Findings' });
  expect(Buffer.from(folded).equals(Buffer.from(foldUpdates(updates)))).toBe(true);
});

it('reports updates that cannot be folded, and keeps folding', async () => {
  await expect(thread.fold([Uint8Array.of(0xff, 0xff, 0xff)])).rejects.toThrow(/folding 1 updates failed/);
  const updates = storedUpdates();
  expect(contentOf(await thread.fold(updates)).title).toBe('Findings');
});
