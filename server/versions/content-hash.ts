import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import { canonicalContent, canonicalJson } from '../../shared/workshop-document/index.js';

/** SHA-256 (hex) over the canonical rendering of the content: equal content, equal hash, anywhere. */
export function contentHash(doc: Y.Doc): string {
  return createHash('sha256')
    .update(canonicalJson(canonicalContent(doc)), 'utf8')
    .digest('hex');
}
