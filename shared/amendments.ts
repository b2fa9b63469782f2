import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Role } from './roles.js';
import { wordDiff, type DiffPart } from './word-diff.js';
import {
  COLLECTION_NAMES,
  findItem,
  reportFragment,
  sectionDef,
  type CollectionName,
} from './workshop-document/collections.js';
import { textChange } from './workshop-document/text-edits.js';
import { plainTextSurface, richTextSurface, type TextSurface } from './workshop-document/text-surface.js';

/**
 * Amendments: a proposed new wording for one text field of an item, or for a range of the report's
 * words, with the reason for it. The live text is untouched until a facilitator accepts it; then the
 * server makes the change as the few words it replaces (text-surface.ts), so whoever is typing
 * elsewhere in the same field keeps their text.
 *
 * What it replaces is kept as two Yjs relative positions around "the replaced words" (for a field,
 * the words the proposal changes, widened to whole words; for the report, the range selected) and
 * what they said when it was proposed. When those words have changed since, the amendment is
 * outdated: it still shows the diff against the text as it is now, and accepting it needs a
 * confirmation.
 */

export const AMENDMENT_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Everyone with a say proposes and supports, stakeholders too (they cannot edit); viewers only read. */
export const AMENDMENT_PROPOSERS: readonly Role[] = ['facilitator', 'participant', 'stakeholder'];
/** Only a facilitator accepts or rejects one. */
export const AMENDMENT_DECIDERS: readonly Role[] = ['facilitator'];

export const canProposeAmendment = (role: Role): boolean => AMENDMENT_PROPOSERS.includes(role);
export const canDecideAmendment = (role: Role): boolean => AMENDMENT_DECIDERS.includes(role);

/** The longest wording that may be proposed; longer answers 413. */
export const MAX_PROPOSED_TEXT = 20_000;

const RelativePositionText = z.base64().max(200);

/** A range of the report's prose, as base64 Yjs relative positions (as comments keep ranges). */
export const ReportRange = z.object({ start: RelativePositionText, end: RelativePositionText }).strict();
export type ReportRange = z.infer<typeof ReportRange>;

export const FieldTarget = z
  .object({
    collection: z.enum(COLLECTION_NAMES),
    itemId: z.string().min(1).max(100),
    field: z.string().min(1).max(60),
  })
  .strict();
export type FieldTarget = z.infer<typeof FieldTarget>;

export const AmendmentTarget = z.union([FieldTarget, z.object({ report: ReportRange }).strict()]);
export type AmendmentTarget = z.infer<typeof AmendmentTarget>;

export const ProposeAmendmentRequest = z
  .object({
    target: AmendmentTarget,
    /** Not limited here: over MAX_PROPOSED_TEXT answers 413, not 400. */
    proposedText: z.string(),
    reason: z.string().trim().min(1, 'give a reason for the change').max(5000),
  })
  .strict();
export type ProposeAmendmentRequest = z.infer<typeof ProposeAmendmentRequest>;

export const AcceptAmendmentRequest = z.object({ confirmOutdated: z.boolean().optional() }).strict();
export type AcceptAmendmentRequest = z.infer<typeof AcceptAmendmentRequest>;

export const RejectAmendmentRequest = z
  .object({ reason: z.string().trim().min(1, 'give the reason for rejecting it').max(5000) })
  .strict();
export type RejectAmendmentRequest = z.infer<typeof RejectAmendmentRequest>;

export const AmendmentListQuery = z.enum([...AMENDMENT_STATUSES, 'all']).default('open');
export type AmendmentListQuery = z.infer<typeof AmendmentListQuery>;

/** Where the replaced words are, in positions that move with the text; null: the whole field (it was empty). */
export type AmendmentAnchor = ReportRange | null;

export interface AmendmentPerson {
  name: string;
  role: Role;
}

export interface AmendmentDecision {
  by: AmendmentPerson;
  at: string;
  /** Why it was rejected; null for an acceptance. */
  reason: string | null;
  /** The target's text just before the decision, and what accepting made it (or would have, for a rejection). */
  before: string;
  after: string;
}

export interface Amendment {
  id: string;
  status: AmendmentStatus;
  target: AmendmentTarget;
  /** What the target said when proposed: the whole field, or the report range's words. */
  baseText: string;
  /** The new wording: of the whole field, or of the report range. */
  proposedText: string;
  reason: string;
  proposer: AmendmentPerson;
  createdAt: string;
  /** People who support it (+1), in order; one each (X-Person-Token). */
  supporters: AmendmentPerson[];
  /** Whether the person asking is among them. */
  supportedByMe: boolean;
  /** The target's text now (an open amendment), or just before the decision. */
  currentText: string;
  /** What accepting makes of it now (open), or made of it (decided). */
  resultText: string;
  /** Word-level, from `currentText` to `resultText`. */
  diff: DiffPart[];
  /** The replaced words changed since it was proposed: accepting needs `confirmOutdated`. Never for a decided one. */
  outdated: boolean;
  /** The item, field or report words are gone: it can no longer be accepted. */
  gone: boolean;
  decision: AmendmentDecision | null;
}

export interface AmendmentList {
  amendments: Amendment[];
}

/** What the store keeps of a proposal, besides who made it and when. */
export interface AmendmentProposal {
  target: AmendmentTarget;
  anchor: AmendmentAnchor;
  baseText: string;
  proposedText: string;
  /** The replaced words as they were, and what they become. */
  replacedText: string;
  replacement: string;
}

/** The Y type an item field target is stored in, and its surface, if the item and a text field exist. */
function fieldSurface(doc: Y.Doc, target: FieldTarget): TextSurface | null {
  const item = findItem(doc, target.collection, target.itemId);
  const stored = item?.get(target.field);
  if (stored instanceof Y.Text) return plainTextSurface(stored);
  if (stored instanceof Y.XmlFragment) return richTextSurface(stored);
  return null;
}

const decode = (encoded: string): Y.RelativePosition | null => {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
};
const encode = (position: Y.RelativePosition) => toBase64(Y.encodeRelativePosition(position));

/** Offsets of a range in a surface now; null when either end is not in it or the range is empty. */
function rangeIn(surface: TextSurface, range: ReportRange): { from: number; to: number } | null {
  const start = decode(range.start);
  const end = decode(range.end);
  const from = start && surface.offsetOf(start);
  const to = end && surface.offsetOf(end);
  return from !== null && to !== null && from < to ? { from, to } : null;
}

/**
 * Where the replaced words are now. When they were all deleted, both ends meet where they were: the
 * words now at that point (typed in their place) are taken as what they became, so an outdated
 * amendment still replaces them rather than the whole field.
 */
function currentRange(surface: TextSurface, range: ReportRange): { from: number; to: number } | null {
  const start = decode(range.start);
  const end = decode(range.end);
  const from = start && surface.offsetOf(start);
  const to = end && surface.offsetOf(end);
  if (from === null || to === null) return null;
  if (from < to) return { from, to };
  const widened = widen(surface.text, Math.min(from, to), Math.min(from, to));
  return widened.from < widened.to ? widened : null;
}

/** Positions that stick to the first and the last character of the range, so text typed around stays out. */
function stickyRange(surface: TextSurface, from: number, to: number): ReportRange | null {
  const start = surface.positionAt(from, 0);
  const end = surface.positionAt(to, -1);
  return start && end ? { start: encode(start), end: encode(end) } : null;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** The words `proposed` changes in `base`, widened to whole words: never empty unless `base` is blank. */
function replacedWords(base: string, proposed: string): { from: number; to: number } {
  const change = textChange(base, proposed)!;
  return widen(base, change.index, change.index + change.removed);
}

/** `from`..`to` of `base` widened to whole words; an empty range takes the word before (or else after). */
function widen(base: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  let to = end;
  while (from > 0 && !isSpace(base[from - 1])) from--;
  while (to < base.length && !isSpace(base[to])) to++;
  if (from === to) {
    // Words added between two others: the word before them (or else after) is what they attach to.
    while (from > 0 && isSpace(base[from - 1])) from--;
    while (from > 0 && !isSpace(base[from - 1])) from--;
    if (from === to) {
      while (to < base.length && isSpace(base[to])) to++;
      while (to < base.length && !isSpace(base[to])) to++;
    }
  }
  return { from, to };
}

/** The words that differ between two wordings, whole words, as a history or the exports' annex quotes them. */
export function changedWords(before: string, after: string): { before: string; after: string } {
  if (before === after) return { before: '', after: '' };
  const { from, to } = replacedWords(before, after);
  return { before: before.slice(from, to), after: after.slice(from, after.length - (before.length - to)) };
}

export class AmendmentRefusal extends Error {
  override name = 'AmendmentRefusal';
}

/** The surface a target points into; null when its item or field is gone. Throws for a field that is not text. */
export function targetSurface(doc: Y.Doc, target: AmendmentTarget): TextSurface | null {
  if ('report' in target) return richTextSurface(reportFragment(doc));
  return fieldSurface(doc, target);
}

/** Whether `field` is a text field (plain or rich) of `collection`'s items, by the document schema. */
export function isTextField(collection: CollectionName, field: string): boolean {
  const def = sectionDef(collection).fields[field];
  return def?.kind === 'text' || def?.kind === 'rich';
}

/**
 * A proposal as it is stored, checked against the document now; throws AmendmentRefusal (a 400) for
 * a field that is not a text field, an item that does not exist, a range not in the report, proposed
 * text equal to the current, or a change the text's structure cannot take.
 */
export function proposal(doc: Y.Doc, target: AmendmentTarget, proposedText: string): AmendmentProposal {
  if ('report' in target) {
    const surface = richTextSurface(reportFragment(doc));
    const range = rangeIn(surface, target.report);
    if (!range)
      throw new AmendmentRefusal(
        'the selected words are not in the report: they were just deleted, or have not reached the server yet',
      );
    const baseText = surface.text.slice(range.from, range.to);
    if (baseText === proposedText) throw new AmendmentRefusal('the proposed text is the same as the current');
    const problem = surface.refusal(range.from, range.to, proposedText);
    if (problem) throw new AmendmentRefusal(problem);
    const anchor = stickyRange(surface, range.from, range.to);
    if (!anchor)
      throw new AmendmentRefusal('select words of the report, not the break between two paragraphs');
    return {
      target: { report: anchor },
      anchor,
      baseText,
      proposedText,
      replacedText: baseText,
      replacement: proposedText,
    };
  }
  if (!findItem(doc, target.collection, target.itemId))
    throw new AmendmentRefusal('the item does not exist (it may have just been deleted)');
  if (!isTextField(target.collection, target.field))
    throw new AmendmentRefusal(
      `${target.field} is not a text field of ${sectionDef(target.collection).title}`,
    );
  const surface = fieldSurface(doc, target);
  if (!surface) throw new AmendmentRefusal(`the item has no text field ${target.field}`);
  const baseText = surface.text;
  if (baseText === proposedText) throw new AmendmentRefusal('the proposed text is the same as the current');
  const problem = surface.refusal(0, baseText.length, proposedText);
  if (problem) throw new AmendmentRefusal(problem);
  const { from, to } = replacedWords(baseText, proposedText);
  const anchor = from < to ? stickyRange(surface, from, to) : null;
  if (!anchor)
    return {
      target,
      anchor: null,
      baseText,
      proposedText,
      replacedText: baseText,
      replacement: proposedText,
    };
  return {
    target,
    anchor,
    baseText,
    proposedText,
    replacedText: baseText.slice(from, to),
    replacement: proposedText.slice(from, proposedText.length - (baseText.length - to)),
  };
}

/** Where an open amendment stands against the document now. */
export interface AmendmentStanding {
  currentText: string;
  resultText: string;
  diff: DiffPart[];
  outdated: boolean;
  gone: boolean;
  /** Applies it (inside the caller's transaction); absent when it is gone or cannot be applied as it stands. */
  apply?: () => void;
  /** Why it cannot be applied, when `apply` is absent. */
  problem?: string;
}

/**
 * An open amendment against the document now: the diff from the target's current text to what
 * accepting would make it, and whether the replaced words changed since it was proposed.
 */
export function standing(doc: Y.Doc, stored: AmendmentProposal): AmendmentStanding {
  const surface = targetSurface(doc, stored.target);
  const gone = (problem: string): AmendmentStanding => ({
    currentText: '',
    resultText: '',
    diff: [],
    outdated: true,
    gone: true,
    problem,
  });
  if (!surface) return gone('the item or field it amends no longer exists');
  const current = surface.text;
  const range = stored.anchor ? currentRange(surface, stored.anchor) : { from: 0, to: current.length };
  if ('report' in stored.target) {
    if (!range) return gone('the words it replaces are no longer in the report');
    const currentText = current.slice(range.from, range.to);
    const problem = surface.refusal(range.from, range.to, stored.proposedText);
    return {
      currentText,
      resultText: stored.proposedText,
      diff: wordDiff(currentText, stored.proposedText),
      outdated: currentText !== stored.replacedText,
      gone: false,
      ...(problem
        ? { problem }
        : { apply: () => surface.replace(range.from, range.to, stored.proposedText) }),
    };
  }
  // A field: the replaced words become the replacement and the rest stays as it is now; when those
  // words were deleted meanwhile, the whole field becomes the proposed text.
  const [from, to, next, outdated] = range
    ? [range.from, range.to, stored.replacement, current.slice(range.from, range.to) !== stored.replacedText]
    : [0, current.length, stored.proposedText, true];
  const resultText = current.slice(0, from) + next + current.slice(to);
  const problem = surface.refusal(from, to, next);
  return {
    currentText: current,
    resultText,
    diff: wordDiff(current, resultText),
    outdated,
    gone: false,
    ...(problem ? { problem } : { apply: () => surface.replace(from, to, next) }),
  };
}

/** How an amendment's target is named to people: "Findings F-… · evidence", "the report". */
export function targetLabel(target: AmendmentTarget, itemLabel?: string): string {
  if ('report' in target) return 'Report';
  const section = sectionDef(target.collection);
  const field = section.fields[target.field]?.label ?? target.field;
  return `${section.title} ${itemLabel ?? target.itemId}: ${field}`;
}
