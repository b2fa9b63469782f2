import { diffWords } from 'diff';
import {
  canonicalItems,
  type CanonicalContent,
  type CanonicalItem,
  type CanonicalValue,
} from './canonical.js';
import { COLLECTION_NAMES, type CollectionName } from './registry.js';

/** A run of words in a text diff: kept, added or removed. */
export interface WordChange {
  value: string;
  added?: true;
  removed?: true;
}

export interface FieldChange {
  field: string;
  before: CanonicalValue;
  after: CanonicalValue;
  /** For text: the word-level difference between `before` and `after`. */
  words?: WordChange[];
}

export interface SectionDiff {
  added: CanonicalItem[];
  removed: CanonicalItem[];
  changed: Array<{ id: string; fields: FieldChange[] }>;
  /** Items present on both sides whose order changed. */
  moved: string[];
}

export type ContentDiff = Record<CollectionName, SectionDiff> & {
  report: { changed: boolean; words: WordChange[] };
};

/** Text of rich XML without its tags, for a readable word diff of rich text. */
function readable(value: CanonicalValue): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return value.startsWith('<')
    ? value.replace(/<\/(paragraph|heading|listItem|tableRow)>/g, '\n').replace(/<[^>]+>/g, '')
    : value;
}

export function wordDiff(before: CanonicalValue, after: CanonicalValue): WordChange[] {
  return diffWords(readable(before), readable(after)).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true as const } : {}),
    ...(part.removed ? { removed: true as const } : {}),
  }));
}

function sameValue(a: CanonicalValue, b: CanonicalValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fewest items whose moves explain the new order: everything outside a longest run that kept its
 * relative order. Moving one card to the top reports that card, not every card it jumped over.
 */
function movedItems(before: string[], after: string[]): string[] {
  const rank = new Map(before.map((id, index) => [id, index]));
  const ranks = after.map((id) => rank.get(id) ?? 0);
  // Patience sorting: tails[k] is the index (in `after`) ending the best increasing run of length k+1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) kept.add(index);
  return after.filter((_, index) => !kept.has(index));
}

function diffSection(before: CanonicalItem[], after: CanonicalItem[]): SectionDiff {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const changed: SectionDiff['changed'] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) continue;
    const fields: FieldChange[] = [];
    for (const field of Object.keys(item)) {
      if (field === 'id' || sameValue(old[field] ?? null, item[field] ?? null)) continue;
      const change: FieldChange = { field, before: old[field] ?? null, after: item[field] ?? null };
      if (typeof change.before === 'string' || typeof change.after === 'string')
        change.words = wordDiff(change.before, change.after);
      fields.push(change);
    }
    if (fields.length > 0) changed.push({ id: item.id, fields });
  }
  const keptBefore = before.filter((item) => afterById.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  return {
    added: after.filter((item) => !beforeById.has(item.id)),
    removed: before.filter((item) => !afterById.has(item.id)),
    changed,
    moved: movedItems(keptBefore, keptAfter),
  };
}

/** What changed from `before` to `after`, per section, with word-level differences inside texts. */
export function diffContent(before: CanonicalContent, after: CanonicalContent): ContentDiff {
  const diff = {} as ContentDiff;
  for (const name of COLLECTION_NAMES)
    diff[name] = diffSection(canonicalItems(before, name), canonicalItems(after, name));
  diff.report = {
    changed: before.report !== after.report,
    words: before.report === after.report ? [] : wordDiff(before.report, after.report),
  };
  return diff;
}

export function isEmptyDiff(diff: ContentDiff): boolean {
  return (
    !diff.report.changed &&
    COLLECTION_NAMES.every((name) => {
      const section = diff[name];
      return (
        section.added.length + section.removed.length + section.changed.length + section.moved.length === 0
      );
    })
  );
}
