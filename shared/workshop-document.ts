import type * as Y from 'yjs';

/**
 * Names of the root types in a workshop's Y.Doc. The whole draft is one rich-text fragment for now;
 * the toolkit's structured sections (findings, recommendations, targets, action plan) join it here.
 */
export const DocumentRoot = {
  draft: 'draft',
} as const;

export function draftFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DocumentRoot.draft);
}
