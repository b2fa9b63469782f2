import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchedFields, type RootKinds, type Touch } from '../../../server/activity/touched-fields.js';
import {
  collection,
  createItem,
  deleteItem,
  findItem,
  itemLinks,
  itemRich,
  itemText,
  metaMap,
  moveItem,
  paragraphs,
  reportFragment,
  seedTemplate,
} from '../../../shared/workshop-document/index.js';

/** Records what each transaction made by `origin` touched, as the room does. */
function recording(doc: Y.Doc): { touches: Touch[][]; origin: object } {
  const origin = {};
  const roots: RootKinds = new WeakMap();
  const touches: Touch[][] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === origin) touches.push(touchedFields(tr, roots));
  });
  return { touches, origin };
}

const plain = (touches: Touch[]) =>
  touches.map(({ fields, ...rest }) => ({ ...rest, fields: Array.from(fields).sort() }));

describe('touchedFields', () => {
  it('names an item created with its fields filled as created, not as edits', () => {
    const doc = new Y.Doc();
    seedTemplate(doc);
    const { touches, origin } = recording(doc);
    let id = '';
    doc.transact(() => {
      id = createItem(doc, 'findings', { source: 'Survey' });
    }, origin);
    expect(plain(touches[0]!)).toEqual([{ collection: 'findings', itemId: id, created: true, fields: [] }]);
  });

  it('maps text, rich text, links and value fields to their item and field', () => {
    const doc = new Y.Doc();
    seedTemplate(doc);
    const finding = createItem(doc, 'findings');
    const recommendation = createItem(doc, 'recommendations');
    const { touches, origin } = recording(doc);

    doc.transact(() => itemText(findItem(doc, 'findings', finding)!, 'source').insert(0, 'DHS 2022'), origin);
    doc.transact(() => {
      const evidence = itemRich(findItem(doc, 'findings', finding)!, 'evidence');
      evidence.insert(0, paragraphs('Rates fell'));
    }, origin);
    // A keystroke inside an existing paragraph: the changed type is deep in the fragment.
    doc.transact(() => {
      const paragraph = itemRich(findItem(doc, 'findings', finding)!, 'evidence').get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, 'x');
    }, origin);
    doc.transact(() => {
      findItem(doc, 'findings', finding)!.set('status', 'validated');
      itemLinks(findItem(doc, 'recommendations', recommendation)!, 'findingIds').set(finding, true);
    }, origin);

    expect(touches.map(plain)).toEqual([
      [{ collection: 'findings', itemId: finding, created: false, fields: ['source'] }],
      [{ collection: 'findings', itemId: finding, created: false, fields: ['evidence'] }],
      [{ collection: 'findings', itemId: finding, created: false, fields: ['evidence'] }],
      [
        { collection: 'findings', itemId: finding, created: false, fields: ['status'] },
        { collection: 'recommendations', itemId: recommendation, created: false, fields: ['findingIds'] },
      ],
    ]);
  });

  it('records the report as one item, and leaves out meta, moves and deletions', () => {
    const doc = new Y.Doc();
    seedTemplate(doc);
    const a = createItem(doc, 'targets');
    createItem(doc, 'targets');
    const { touches, origin } = recording(doc);

    doc.transact(() => reportFragment(doc).insert(0, paragraphs('Summary')), origin);
    doc.transact(() => metaMap(doc).set('title', 'Renamed'), origin);
    doc.transact(() => moveItem(doc, 'targets', a, 1), origin);
    doc.transact(() => deleteItem(doc, 'targets', a), origin);

    expect(touches.map(plain)).toEqual([
      [{ collection: 'report', itemId: 'report', created: false, fields: ['text'] }],
      [],
      [],
      [],
    ]);
    expect(collection(doc, 'targets').size).toBe(1);
  });
});
