import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import {
  itemLabel,
  itemText,
  plainText,
  itemRich,
  type CollectionName,
  type Item,
} from '../../shared/workshop-document/index.js';
import type { LinkOption } from '../fields/LinkPicker.jsx';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';
import { summary } from './labels.js';

const DESCRIBE: Record<'findings' | 'recommendations' | 'targets', (item: Item) => string> = {
  findings: (item) =>
    [String(item.get('theme') ?? ''), plainText(itemRich(item, 'evidence'))].filter(Boolean).join(': '),
  recommendations: (item) => itemText(item, 'text').toString(),
  targets: (item) => itemText(item, 'indicator').toString(),
};

/** Everything a link can point to in one collection, labelled by current number and a text excerpt. */
export function createLinkOptions(
  doc: Y.Doc,
  name: Extract<CollectionName, keyof typeof DESCRIBE>,
): Accessor<LinkOption[]> {
  const items = createOrderedItems(doc, name);
  const texts = createFieldIndex(doc, name, DESCRIBE[name]);
  return createMemo(() =>
    items().map((item, index) => {
      const id = String(item.get('id'));
      return { id, label: summary(itemLabel(name, index), texts().get(id) ?? '') };
    }),
  );
}
