import { personWithRoleIn, roleName } from '../../shared/i18n/role-words.js';
import { createMemo, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { sectionNoun, valueOptions } from '../../shared/i18n/document-words.js';
import { ROLES, type Role } from '../../shared/roles.js';
import {
  COLLECTIONS,
  itemLabel,
  orderedItems,
  type CollectionName,
} from '../../shared/workshop-document/index.js';
import { i18n, t } from '../i18n/i18n.js';
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

/**
 * A value field's fixed vocabulary (statuses, frameworks) as pick-list options, in the reader's
 * words: it reads the language, so call it where it is tracked (JSX, a memo), not once at load.
 */
export function fieldOptions(name: CollectionName, field: string): Array<{ value: string; label: string }> {
  return valueOptions(i18n().document, name, field);
}

/** An item as a sentence names it ("Finding F3", "Row A2"), in the reader's words. */
export function itemNameOf(name: CollectionName, index: number): string {
  return t('items.itemName', { noun: sectionNoun(i18n().document, name), label: itemLabel(name, index) });
}

/** A role as people read it, in the glossary's word for it ("Participant"); an unknown one as stored. */
export function roleWord(role: Role | string): string {
  return (ROLES as readonly string[]).includes(role) ? roleName(i18n(), role as Role) : role;
}

/** "Amina (Participant)": a person with the role they acted in. */
export function personWithRole(person: { name: string; role: Role }): string {
  return personWithRoleIn(i18n(), person);
}

/** Words joined as a list is written in the reader's language ("a, b, c"). */
export function joinWords(words: readonly string[]): string {
  return words.join(t('items.separator'));
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
  const text = index >= 0 ? String(items[index]!.get('text') ?? '') : t('items.deletedItem');
  return {
    label: index >= 0 ? itemLabel('recommendations', index) : `${COLLECTIONS.recommendations.prefix}?`,
    text: text.length > 90 ? `${text.slice(0, 90)}…` : text,
  };
}
