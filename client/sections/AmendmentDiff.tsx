import type { DiffPart } from '../../shared/word-diff.js';
import type { WordChange } from '../../shared/workshop-document/index.js';
import { Words } from './DiffView.jsx';

const asWordChange = (part: DiffPart): WordChange =>
  part.op === 'insert'
    ? { value: part.text, added: true }
    : part.op === 'delete'
      ? { value: part.text, removed: true }
      : { value: part.text };

/** An amendment's word diff, drawn as a version diff's words are (insertions and deletions marked). */
export function AmendmentDiff(props: { diff: readonly DiffPart[] }) {
  return (
    <div class="diff amendment-diff">
      <Words words={props.diff.map(asWordChange)} />
    </div>
  );
}
