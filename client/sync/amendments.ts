import { createMemo, onCleanup, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { isTextField, targetSurface, type Amendment, type AmendmentTarget } from '../../shared/amendments.js';
import { fieldLabel, sectionNoun } from '../../shared/i18n/document-words.js';
import { i18n, t, tn } from '../i18n/i18n.js';
import {
  findItem,
  itemLabel,
  orderedItems,
  reportFragment,
  sectionDef,
  type CollectionName,
} from '../../shared/workshop-document/index.js';
import { sectionOf } from '../sections/item-navigation.js';
import type { SectionId } from '../sections/sections.js';
import { textChange } from '../../shared/workshop-document/text-edits.js';
import type { WorkshopContextValue } from './workshop-context.js';

/** Where an amendment's panel is: an item of a section, or the report. */
export type AmendmentPlace = { collection: CollectionName; itemId: string } | 'report';

export function isAt(target: AmendmentTarget, place: AmendmentPlace): boolean {
  if (place === 'report') return 'report' in target;
  return !('report' in target) && target.collection === place.collection && target.itemId === place.itemId;
}

/** The amendments on one item (or the report), kept current: open ones, and decided ones for the history. */
export function createAmendmentsAt(workshop: WorkshopContextValue, place: () => AmendmentPlace) {
  const all = createMemo(() =>
    (workshop.amendments.value()?.amendments ?? []).filter((amendment) => isAt(amendment.target, place())),
  );
  return {
    all,
    open: createMemo(() => all().filter((amendment) => amendment.status === 'open')),
    decided: createMemo(() =>
      all()
        .filter((amendment) => amendment.decision)
        .sort((a, b) => (a.decision!.at < b.decision!.at ? 1 : -1)),
    ),
  };
}

/** Per section tab, how many amendments wait for a decision (none: no badge). */
export function openAmendmentBadges(
  amendments: readonly Amendment[] | undefined,
): Partial<Record<SectionId, { count: number; noun: string }>> {
  const counts = new Map<SectionId, number>();
  for (const amendment of amendments ?? []) {
    if (amendment.status !== 'open') continue;
    const section = 'report' in amendment.target ? 'report' : sectionOf(amendment.target.collection);
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return Object.fromEntries(
    [...counts].map(([section, count]) => [
      section,
      { count, noun: tn('versions.places.openAmendments', count) },
    ]),
  );
}

/** The text fields of a section's items that can be amended, in the registry's order, with their labels. */
export function amendableFields(collection: CollectionName): Array<{ field: string; label: string }> {
  return Object.entries(sectionDef(collection).fields)
    .filter(([field]) => isTextField(collection, field))
    .map(([field]) => ({ field, label: fieldLabel(i18n().document, collection, field) }));
}

/** The text of a target as the server compares it (rich text as its words, blocks on lines). */
export function targetText(doc: Y.Doc, target: AmendmentTarget): string {
  return targetSurface(doc, target)?.text ?? '';
}

/** "Finding F2 · Source", "Report": how a slide or a list names an amendment's target. */
export function placeName(doc: Y.Doc, target: AmendmentTarget): string {
  if ('report' in target) return t('versions.places.report');
  const index = orderedItems(doc, target.collection).findIndex((item) => item.get('id') === target.itemId);
  const item =
    index >= 0
      ? `${sectionNoun(i18n().document, target.collection)} ${itemLabel(target.collection, index)}`
      : '';
  const field = fieldLabel(i18n().document, target.collection, target.field);
  return [item || t('versions.places.deletedItem'), field].join(' · ');
}

/** A Y type whose changes, anywhere inside it, can be watched: an item's map, the report. */
export interface WatchedType {
  observeDeep(handler: () => void): void;
  unobserveDeep(handler: () => void): void;
}

/** The Y type an item's (or the report's) amendments compare against, if it is there. */
export function placeType(doc: Y.Doc, place: AmendmentPlace): WatchedType | undefined {
  if (place === 'report') return reportFragment(doc);
  return findItem(doc, place.collection, place.itemId);
}

/**
 * While `watching()`, fetches the amendments again a moment after `type` (an item, the report) stops
 * changing: an open amendment's diff and `outdated` are the server's, computed against the text at
 * the time, and the server announces only changes to amendments, not to the text they amend.
 */
export function refreshWhenEdited(
  workshop: WorkshopContextValue,
  type: WatchedType | undefined,
  watching: Accessor<boolean>,
  delayMs = 800,
): void {
  if (!type) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    if (!watching()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void workshop.amendments.refresh(), delayMs);
  };
  type.observeDeep(onChange);
  onCleanup(() => {
    type.unobserveDeep(onChange);
    clearTimeout(timer);
  });
}

/**
 * A draft of new wording, written against `base`, carried over to the text now (`current`) when
 * someone else changed another part of it meanwhile, so proposing does not undo their words; null
 * when both changed the same words (the draft is left for its author to reconcile, the diff shows).
 */
export function rebaseDraft(base: string, draft: string, current: string): string | null {
  const theirs = textChange(base, current);
  const mine = textChange(base, draft);
  if (!theirs) return draft;
  if (!mine) return current;
  const theirsEnd = theirs.index + theirs.removed;
  const mineEnd = mine.index + mine.removed;
  if (theirsEnd < mine.index || (theirsEnd === mine.index && theirs.removed + mine.removed > 0))
    return draft.slice(0, theirs.index) + theirs.inserted + draft.slice(theirsEnd);
  if (theirs.index > mineEnd || (theirs.index === mineEnd && theirs.removed + mine.removed > 0)) {
    const shift = mine.inserted.length - mine.removed;
    return draft.slice(0, theirs.index + shift) + theirs.inserted + draft.slice(theirsEnd + shift);
  }
  return null;
}
