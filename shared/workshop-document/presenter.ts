import type * as Y from 'yjs';

/**
 * What the facilitator sets for the projector: a section the presenter view stays on whatever the
 * facilitator opens next (null: follow the facilitator). In the document so every projector agrees
 * and a reloaded one comes back pinned.
 */
export const PRESENTER_ROOT = 'presenter';
export const PINNED_SECTION_KEY = 'pinnedSection';

export function presenterMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PRESENTER_ROOT);
}

export function pinnedSection(doc: Y.Doc): string | null {
  const value = presenterMap(doc).get(PINNED_SECTION_KEY);
  return typeof value === 'string' ? value : null;
}

export function pinSection(doc: Y.Doc, section: string | null): void {
  presenterMap(doc).set(PINNED_SECTION_KEY, section);
}

/**
 * The join code the projector shows, if any: beside the content (`panel`) or filling the screen
 * (`slide`, for the opening). Only the code's id is in the document, which every invite can read; the
 * projector's viewer invite fetches the code itself, so a stakeholder's copy of the document never
 * holds a participant code.
 */
export const JOIN_SHOWN_KEY = 'join';
export const JOIN_SHOWN_MODES = ['panel', 'slide'] as const;
export interface JoinShown {
  codeId: string;
  mode: (typeof JOIN_SHOWN_MODES)[number];
}

/** The stored value if it is one (anything else, written through the protocol, shows nothing). */
export function asJoinShown(value: unknown): JoinShown | null {
  if (typeof value !== 'object' || value === null) return null;
  const { codeId, mode } = value as Record<string, unknown>;
  if (typeof codeId !== 'string' || !JOIN_SHOWN_MODES.includes(mode as JoinShown['mode'])) return null;
  return { codeId, mode: mode as JoinShown['mode'] };
}

export function joinShown(doc: Y.Doc): JoinShown | null {
  return asJoinShown(presenterMap(doc).get(JOIN_SHOWN_KEY));
}

export function showJoin(doc: Y.Doc, shown: JoinShown | null): void {
  presenterMap(doc).set(JOIN_SHOWN_KEY, shown);
}

/**
 * The amendment the projector shows full-screen while the room discusses it, if any. Only its id is
 * in the document; the projector reads the amendment itself from the server (its diff against the
 * text now).
 */
export const AMENDMENT_SHOWN_KEY = 'amendment';
export interface AmendmentShown {
  id: string;
}

/** The stored value if it is one (anything else, written through the protocol, shows nothing). */
export function asAmendmentShown(value: unknown): AmendmentShown | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id } = value as Record<string, unknown>;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? { id } : null;
}

export function amendmentShown(doc: Y.Doc): AmendmentShown | null {
  return asAmendmentShown(presenterMap(doc).get(AMENDMENT_SHOWN_KEY));
}

export function showAmendment(doc: Y.Doc, shown: AmendmentShown | null): void {
  presenterMap(doc).set(AMENDMENT_SHOWN_KEY, shown);
}

/**
 * The group session whose group reports the projector shows instead of the facilitator's section
 * (null: none), after the breakout groups, while each group's reporter presents.
 */
export const GROUP_REPORTS_KEY = 'groupReports';

export function shownGroupReports(doc: Y.Doc): string | null {
  const value = presenterMap(doc).get(GROUP_REPORTS_KEY);
  return typeof value === 'string' ? value : null;
}

export function showGroupReports(doc: Y.Doc, sessionId: string | null): void {
  presenterMap(doc).set(GROUP_REPORTS_KEY, sessionId);
}
