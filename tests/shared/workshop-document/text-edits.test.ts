import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff, transformIndex } from '../../../shared/workshop-document/text-edits.js';

describe('binding an input to a Y.Text', () => {
  it.each([
    ['append', 'hello', 'hello world'],
    ['prepend', 'world', 'hello world'],
    ['replace the middle', 'the red car', 'the blue car'],
    ['delete everything', 'gone', ''],
    ['type Thai', 'ทะเบียน', 'ทะเบียนราษฎร'],
    ['repeated letters', 'aaa', 'aaaa'],
  ])('turns a field change into a minimal edit: %s', (_name, before, after) => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, before);
    let operations = 0;
    text.observe((event) => (operations += event.delta.filter((op) => op.retain === undefined).length));
    applyTextDiff(text, after);
    expect(text.toString()).toBe(after);
    expect(operations).toBeLessThanOrEqual(2);
  });

  it("keeps this person's caret in place when someone else types before or after it", () => {
    expect(transformIndex(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformIndex(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 7 }, { insert: 'abc' }])).toBe(5);
    expect(transformIndex(5, [{ delete: 2 }])).toBe(3);
    expect(transformIndex(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
    expect(transformIndex(0, [{ delete: 4 }])).toBe(0);
  });

  it('moves the caret with the text when a remote edit arrives through Yjs', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    local.getText('t').insert(0, 'registration');
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    remote.getText('t').insert(0, 'birth ');
    let caret = 4;
    local.getText('t').observe((event) => {
      caret = transformIndex(caret, event.delta as Parameters<typeof transformIndex>[1]);
    });
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(local.getText('t').toString().slice(caret)).toBe('stration');
  });
});

describe('text edits never split a character', () => {
  it.each([
    ['Status 👍 agreed', 'Status 👎 agreed'],
    ['😀', '😃😀'],
    ['a😀b', 'a😀😀b'],
    ['ก👍', 'ก'],
  ])('%s → %s stays whole on both replicas', (before, after) => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    local.getText('t').insert(0, before);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    applyTextDiff(local.getText('t'), after);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    expect(local.getText('t').toString()).toBe(after);
    expect(remote.getText('t').toString()).toBe(after);
  });
});
