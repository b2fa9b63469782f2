import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import {
  COLLECTIONS,
  itemLabel,
  orderedItems,
  sectionDef,
  vocabularyOptions,
  type CollectionName,
} from '../../shared/workshop-document/index.js';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';

/**
 * The labels of a pick list (themes, populations), in order, following renames as they are typed;
 * an equal list compares equal so selects are not rebuilt needlessly.
 */
export function createChoiceLabels(doc: Y.Doc, name: 'themes' | 'populations'): Accessor<string[]> {
  const items = createOrderedItems(doc, name);
  const labels = createFieldIndex(doc, name, (item) => String(item.get('label') ?? ''));
  return createMemo(
    () =>
      items()
        .map((item) => labels().get(String(item.get('id'))) ?? '')
        .filter(Boolean),
    undefined,
    { equals: sameElements },
  );
}

export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** A value field's fixed vocabulary (statuses, frameworks) as pick-list options, in the words of the registry. */
export function fieldOptions(name: CollectionName, field: string): Array<{ value: string; label: string }> {
  const def = sectionDef(name).fields[field];
  if (def?.kind !== 'value' || !def.words) throw new Error(`${name}.${field} has no vocabulary`);
  return vocabularyOptions(def.words);
}

export function choiceOptions(labels: readonly string[]): Array<{ value: string; label: string }> {
  return labels.map((label) => ({ value: label, label }));
}

/** A one-line summary for pick lists: the label, then the start of a text field. */
export function summary(label: string, text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? `${label} · ${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}` : label;
}

/** A recommendation as rankings name it: its current label (R3) and the start of its text. */
export function recommendationName(doc: Y.Doc, id: string): { label: string; text: string } {
  const items = orderedItems(doc, 'recommendations');
  const index = items.findIndex((item) => item.get('id') === id);
  const text = index >= 0 ? String(items[index]!.get('text') ?? '') : '(deleted)';
  return {
    label: index >= 0 ? itemLabel('recommendations', index) : `${COLLECTIONS.recommendations.prefix}?`,
    text: text.length > 90 ? `${text.slice(0, 90)}…` : text,
  };
}
