import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import {
  itemText,
  plainText,
  itemRich,
  type CollectionName,
  type Item,
} from '../../shared/workshop-document/index.js';
import type { LinkOption } from '../fields/LinkPicker.jsx';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';
import { numbered, summary } from './labels.js';

const DESCRIBE: Record<
  'findings' | 'recommendations' | 'targets',
  { prefix: string; read: (item: Item) => string }
> = {
  findings: {
    prefix: 'F',
    read: (item) =>
      [String(item.get('theme') ?? ''), plainText(itemRich(item, 'evidence'))].filter(Boolean).join(': '),
  },
  recommendations: { prefix: 'R', read: (item) => itemText(item, 'text').toString() },
  targets: { prefix: 'T', read: (item) => itemText(item, 'indicator').toString() },
};

/** Everything a link can point to in one collection, labelled by current number and a text excerpt. */
export function createLinkOptions(
  doc: Y.Doc,
  name: Extract<CollectionName, keyof typeof DESCRIBE>,
): Accessor<LinkOption[]> {
  const items = createOrderedItems(doc, name);
  const describe = DESCRIBE[name];
  const texts = createFieldIndex(doc, name, describe.read);
  return createMemo(() =>
    items().map((item, index) => {
      const id = String(item.get('id'));
      return { id, label: summary(numbered(describe.prefix, index), texts().get(id) ?? '') };
    }),
  );
}
