import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  canonicalContent,
  canonicalJson,
  createItem,
  deleteItem,
  diffContent,
  findItem,
  isEmptyDiff,
  itemRich,
  itemText,
  moveItem,
  paragraphs,
  restoreContent,
  setLinked,
  templateDocument,
  wordDiff,
} from '../../../shared/workshop-document/index.js';

function fromTemplate(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, templateDocument());
  return doc;
}

const render = (doc: Y.Doc) => canonicalJson(canonicalContent(doc));

describe('canonical rendering', () => {
  it('is the same for the same content, whatever the editing history or client', () => {
    const typedAtOnce = fromTemplate();
    createItem(typedAtOnce, 'findings', { source: 'Desk review 2025' }, { id: 'f-1' });
    const typedSlowly = fromTemplate();
    createItem(typedSlowly, 'findings', {}, { id: 'f-1' });
    const source = itemText(findItem(typedSlowly, 'findings', 'f-1')!, 'source');
    for (const character of 'Desk review 2024') source.insert(source.length, character);
    source.delete(source.length - 1, 1);
    source.insert(source.length, '5');
    expect(render(typedSlowly)).toBe(render(typedAtOnce));
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(typedSlowly));
    expect(render(reloaded)).toBe(render(typedAtOnce));
  });

  it('differs when anything visible differs: text, formatting, order, links', () => {
    const base = fromTemplate();
    createItem(base, 'findings', { evidence: 'Fees deter families' }, { id: 'f-1' });
    createItem(base, 'findings', {}, { id: 'f-2' });
    createItem(base, 'recommendations', {}, { id: 'r-1' });
    const variants: Array<(doc: Y.Doc) => void> = [
      (doc) => itemText(findItem(doc, 'findings', 'f-2')!, 'source').insert(0, 'x'),
      (doc) =>
        (
          (itemRich(findItem(doc, 'findings', 'f-1')!, 'evidence').get(0) as Y.XmlElement).get(0) as Y.XmlText
        ).format(0, 4, { bold: true }),
      (doc) => moveItem(doc, 'findings', 'f-2', 0),
      (doc) => setLinked(findItem(doc, 'recommendations', 'r-1')!, 'findingIds', 'f-1', true),
      (doc) => findItem(doc, 'findings', 'f-1')!.set('status', 'validated'),
    ];
    const seen = new Set([render(base)]);
    for (const change of variants) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
      change(copy);
      seen.add(render(copy));
    }
    expect(seen.size).toBe(1 + variants.length);
  });
});

describe('diff', () => {
  it('reports added, removed, changed (with word changes) and moved items per section', () => {
    const before = fromTemplate();
    for (const id of ['f-1', 'f-2', 'f-3', 'f-4'])
      createItem(before, 'findings', { source: `source ${id}` }, { id });
    createItem(before, 'targets', { indicator: 'Birth registration of refugee children' }, { id: 't-1' });
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    deleteItem(after, 'findings', 'f-2');
    moveItem(after, 'findings', 'f-4', 0);
    createItem(after, 'recommendations', { text: 'Waive fees' }, { id: 'r-1' });
    itemText(findItem(after, 'targets', 't-1')!, 'indicator').insert(0, 'Timely ');
    findItem(after, 'targets', 't-1')!.set('progress', 'progress');

    const diff = diffContent(canonicalContent(before), canonicalContent(after));
    expect(diff.findings.removed.map((f) => f.id)).toEqual(['f-2']);
    expect(diff.findings.moved).toEqual(['f-4']);
    expect(diff.findings.added).toEqual([]);
    expect(diff.recommendations.added.map((r) => r.id)).toEqual(['r-1']);
    const target = diff.targets.changed[0]!;
    expect(target.id).toBe('t-1');
    expect(target.fields.map((f) => f.field).sort()).toEqual(['indicator', 'progress']);
    const words = target.fields.find((f) => f.field === 'indicator')!.words!;
    expect(words.filter((w) => w.added).map((w) => w.value)).toEqual(['Timely ']);
    expect(diff.report.changed).toBe(false);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffContent(canonicalContent(after), canonicalContent(after)))).toBe(true);
  });

  it('diffs rich text by words, without its markup', () => {
    const words = wordDiff(
      '<paragraph>Late fees deter families</paragraph>',
      '<paragraph>Late <bold>fees</bold> deter refugee families</paragraph>',
    );
    expect(words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['refugee']);
    expect(words.filter((w) => w.removed)).toEqual([]);
  });
});

describe('restore', () => {
  it('turns a changed document back into the version, as edits on top of it', () => {
    const version = fromTemplate();
    createItem(version, 'findings', { source: 'kept', evidence: 'Evidence as endorsed' }, { id: 'f-1' });
    createItem(version, 'findings', { source: 'deleted later' }, { id: 'f-2' });
    createItem(version, 'recommendations', { findingIds: ['f-2'] }, { id: 'r-1' });
    const live = new Y.Doc();
    Y.applyUpdate(live, Y.encodeStateAsUpdate(version));
    deleteItem(live, 'findings', 'f-2');
    itemText(findItem(live, 'findings', 'f-1')!, 'source').insert(0, 'not ');
    itemRich(findItem(live, 'findings', 'f-1')!, 'evidence').insert(1, paragraphs('More evidence'));
    setLinked(findItem(live, 'recommendations', 'r-1')!, 'findingIds', 'f-1', true);
    createItem(live, 'targets', { indicator: 'new' });

    const updates: Uint8Array[] = [];
    live.on('update', (update: Uint8Array) => updates.push(update));
    live.transact(() => restoreContent(live, version));
    expect(render(live)).toBe(render(version));
    expect(updates).toHaveLength(1);

    // Someone who had the live document before the restore converges through the restore's update.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live));
    expect(render(peer)).toBe(render(version));
  });
});
