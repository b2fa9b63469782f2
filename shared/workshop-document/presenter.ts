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
