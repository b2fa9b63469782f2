import { createContext, useContext } from 'solid-js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import { isSectionId, type SectionId } from './sections.js';

/** Opens the section an item lives in, scrolls to the item and focuses its first field. */
export type OpenItem = (collection: CollectionName, itemId: string) => void;

/** Absent where there is nowhere to go (a saved version, the projector): items are then named, not linked. */
export const ItemNavigation = createContext<OpenItem>();

export const useItemNavigation = () => useContext(ItemNavigation);

/** The pick lists are edited within Findings; every other collection has its own section. */
export function sectionOf(collection: CollectionName): SectionId {
  return isSectionId(collection) ? collection : 'findings';
}

const FOCUSABLE = 'input, textarea, select, [contenteditable="true"], [tabindex="0"]';
const WAIT_FOR_ITEM_MS = 2000;

/** Once the section has rendered the item: bring it into view, focus it, and mark it for a moment. */
export function revealItem(itemId: string): void {
  const deadline = performance.now() + WAIT_FOR_ITEM_MS;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(`[data-id="${CSS.escape(itemId)}"]`);
    if (!element) {
      if (performance.now() < deadline) requestAnimationFrame(attempt);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
    element.classList.add('revealed');
    setTimeout(() => element.classList.remove('revealed'), 2000);
  };
  requestAnimationFrame(attempt);
}
