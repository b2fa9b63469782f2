import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rangeAnchor, resolveRange, richTextRange, textRange } from '../../shared/comments.js';
import { createItem, findItem, itemRich, itemText } from '../../shared/workshop-document/index.js';

/** Replicas exchange updates only when told: edits made before a merge are concurrent. */
function merge(docs: Y.Doc[]): void {
  for (const from of docs)
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('comment anchors', () => {
  const sentence = 'Late registration fees deter refugee parents';

  function setup() {
    const [author, left, right] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const id = 'f-test';
    author.transact(() => createItem(author, 'recommendations', { text: sentence }, { id }));
    merge([author, left, right]);
    const text = itemText(findItem(author, 'recommendations', id)!, 'text');
    const from = sentence.indexOf('fees');
    const anchor = rangeAnchor(
      'recommendations',
      id,
      'text',
      textRange(text, from, from + 'fees deter'.length),
    );
    const textOf = (doc: Y.Doc) => itemText(findItem(doc, 'recommendations', id)!, 'text');
    return { author, left, right, anchor, textOf };
  }

  it('keeps covering the same words while others edit around them concurrently', () => {
    const { author, left, right, anchor, textOf } = setup();
    expect(resolveRange(author, anchor)?.text).toBe('fees deter');
    // Concurrently: one person types before the range, another right after it, a third at the start.
    textOf(left).insert(sentence.indexOf('fees'), 'high ');
    textOf(right).insert(sentence.indexOf('deter') + 'deter'.length, ' many');
    textOf(author).insert(0, 'Finding: ');
    merge([author, left, right]);
    for (const doc of [author, left, right]) {
      expect(textOf(doc).toString()).toBe('Finding: Late registration high fees deter many refugee parents');
      expect(resolveRange(doc, anchor)?.text).toBe('fees deter');
    }
  });

  it('grows with text typed inside the range and shrinks with text deleted from it', () => {
    const { author, left, anchor, textOf } = setup();
    textOf(left).insert(sentence.indexOf('deter'), 'strongly ');
    merge([author, left]);
    expect(resolveRange(author, anchor)?.text).toBe('fees strongly deter');
    textOf(author).delete(sentence.indexOf('fees'), 'fees '.length);
    merge([author, left]);
    expect(resolveRange(left, anchor)?.text).toBe('strongly deter');
  });

  it('resolves to nothing once the words are deleted or the item is gone, keeping the quote', () => {
    const { author, anchor, textOf } = setup();
    textOf(author).delete(sentence.indexOf('fees'), 'fees deter'.length);
    expect(resolveRange(author, anchor)).toBeNull();
    expect(anchor.quote).toBe('fees deter');
    author.getMap('recommendations').delete('f-test');
    expect(resolveRange(author, anchor)).toBeNull();
  });

  it('survives the document being encoded and loaded elsewhere (a reload, another device)', () => {
    const { author, anchor } = setup();
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(author));
    expect(resolveRange(reloaded, JSON.parse(JSON.stringify(anchor)))?.text).toBe('fees deter');
  });

  it('anchors a range of rich text (a finding’s evidence), across paragraphs, through concurrent edits', () => {
    const [author, other] = [new Y.Doc(), new Y.Doc()];
    author.transact(() =>
      createItem(
        author,
        'findings',
        { evidence: 'Coverage of refugee births: 42%\nSource: Tool G table 3' },
        { id: 'f-rich' },
      ),
    );
    merge([author, other]);
    const evidence = (doc: Y.Doc) => itemRich(findItem(doc, 'findings', 'f-rich')!, 'evidence');
    const textNode = (doc: Y.Doc, paragraph: number) =>
      (evidence(doc).get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;
    // "42%\nSource" — from the figure in the first paragraph into the second, as the editor maps it.
    const first = textNode(author, 0);
    const range = richTextRange(
      author,
      Y.createRelativePositionFromTypeIndex(first, first.length - 3),
      Y.createRelativePositionFromTypeIndex(textNode(author, 1), 'Source'.length),
      '42%\nSource',
    );
    const anchor = rangeAnchor('findings', 'f-rich', 'evidence', range);
    expect(resolveRange(author, anchor)?.text).toBe('42%\nSource');

    textNode(other, 0).insert(0, 'Estimated ');
    textNode(author, 1).insert('Source'.length, 's');
    merge([author, other]);
    expect(resolveRange(other, anchor)?.text).toBe('42%\nSource');
    textNode(author, 0).delete(textNode(author, 0).length - 3, 3);
    expect(resolveRange(author, anchor)?.text).toBe('\nSource');
    evidence(author).delete(0, 2);
    expect(resolveRange(author, anchor)).toBeNull();
  });
});
