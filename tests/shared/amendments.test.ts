import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { toBase64 } from 'lib0/buffer';
import { changedWords, proposal, standing } from '../../shared/amendments.js';
import { diffSide, wordDiff } from '../../shared/word-diff.js';
import {
  createItem,
  findItem,
  itemRich,
  itemText,
  paragraphs,
  reportFragment,
} from '../../shared/workshop-document/index.js';
import { plainText } from '../../shared/workshop-document/plain-text.js';
import { richTextSurface } from '../../shared/workshop-document/text-surface.js';

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

function withRecommendation(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => createItem(doc, 'recommendations', { text }, { id: 'r-1' }));
  return doc;
}

const encoded = (position: Y.RelativePosition) => toBase64(Y.encodeRelativePosition(position));

describe('word diff', () => {
  it('gives both wordings back and marks only the words that changed', () => {
    const parts = wordDiff('Waive the late registration fee', 'Waive every late birth registration fee');
    expect(diffSide(parts, 'delete')).toBe('Waive the late registration fee');
    expect(diffSide(parts, 'insert')).toBe('Waive every late birth registration fee');
    expect(parts.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: 'the' },
      { op: 'insert', text: 'every' },
      { op: 'insert', text: ' birth' },
    ]);
  });

  it('splits Thai, which has no spaces between words, into words', () => {
    const parts = wordDiff('การจดทะเบียนเกิด', 'การจดทะเบียนตาย');
    expect(parts[0]).toEqual({ op: 'equal', text: 'การจดทะเบียน' });
    expect(diffSide(parts, 'insert')).toBe('การจดทะเบียนตาย');
  });
});

describe('amendments against the document', () => {
  it('accepts a plain field change as the replaced words only, keeping concurrent typing elsewhere', () => {
    const server = withRecommendation('Late registration fees deter refugee parents.');
    const typist = new Y.Doc();
    sync(server, typist);
    const made = proposal(
      server,
      { collection: 'recommendations', itemId: 'r-1', field: 'text' },
      'Late registration fees deter most refugee parents.',
    );
    expect(made).toMatchObject({ replacedText: 'refugee', replacement: 'most refugee' });

    // Someone types at the start of the same field while the facilitator accepts.
    itemText(findItem(typist, 'recommendations', 'r-1')!, 'text').insert(0, 'In 2024, ');
    const now = standing(server, made);
    expect(now.outdated).toBe(false);
    server.transact(() => now.apply!());
    sync(typist, server);
    sync(server, typist);
    for (const doc of [server, typist])
      expect(itemText(findItem(doc, 'recommendations', 'r-1')!, 'text').toString()).toBe(
        'In 2024, Late registration fees deter most refugee parents.',
      );
  });

  it('is outdated when the replaced words changed, and then shows the diff against the text now', () => {
    const doc = withRecommendation('Fees deter refugee parents.');
    const made = proposal(
      doc,
      { collection: 'recommendations', itemId: 'r-1', field: 'text' },
      'Fees deter stateless parents.',
    );
    const text = itemText(findItem(doc, 'recommendations', 'r-1')!, 'text');
    text.insert(text.length, ' Often.');
    expect(standing(doc, made)).toMatchObject({ outdated: false });
    text.delete('Fees deter '.length, 'refugee'.length);
    text.insert('Fees deter '.length, 'migrant');
    const now = standing(doc, made);
    expect(now).toMatchObject({
      outdated: true,
      currentText: 'Fees deter migrant parents. Often.',
      resultText: 'Fees deter stateless parents. Often.',
    });
    expect(now.diff.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: 'migrant' },
      { op: 'insert', text: 'stateless' },
    ]);
  });

  it('edits rich text inside its paragraphs, keeping their formatting, and refuses new paragraphs', () => {
    const doc = new Y.Doc();
    doc.transact(() =>
      createItem(
        doc,
        'findings',
        { evidence: 'Hospitals issue notifications.\nRegistrars charge fees.' },
        { id: 'f-1' },
      ),
    );
    const evidence = itemRich(findItem(doc, 'findings', 'f-1')!, 'evidence');
    const second = (evidence.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    second.format(0, 'Registrars'.length, { bold: true });
    const target = { collection: 'findings' as const, itemId: 'f-1', field: 'evidence' };
    expect(() =>
      proposal(doc, target, 'Hospitals issue notifications.\nNew.\nRegistrars charge fees.'),
    ).toThrow(/cannot add paragraphs/);
    const made = proposal(doc, target, 'Hospitals issue notifications.\nRegistrars charge high fees.');
    doc.transact(() => standing(doc, made).apply!());
    expect(plainText(evidence)).toBe('Hospitals issue notifications.\nRegistrars charge high fees.');
    expect(second.toDelta()).toEqual([
      { insert: 'Registrars', attributes: { bold: true } },
      { insert: ' charge high fees.' },
    ]);
  });

  it('amends a range of the report across paragraphs when the paragraph breaks stay', () => {
    const doc = new Y.Doc();
    const report = reportFragment(doc);
    report.insert(0, paragraphs('The workshop met twice.\nIt agreed ten findings.'));
    const surface = richTextSurface(report);
    const from = surface.text.indexOf('twice');
    const to = surface.text.indexOf(' findings');
    const range = { start: encoded(surface.positionAt(from, 0)!), end: encoded(surface.positionAt(to, -1)!) };
    const made = proposal(doc, { report: range }, 'three times.\nIt agreed twelve');
    expect(made.baseText).toBe('twice.\nIt agreed ten');
    // Typing just before and after the range stays outside it.
    const first = (report.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    first.insert(0, 'Truly: ');
    expect(standing(doc, made).outdated).toBe(false);
    doc.transact(() => standing(doc, made).apply!());
    expect(plainText(report)).toBe('Truly: The workshop met three times.\nIt agreed twelve findings.');
    expect(report.length).toBe(2);
  });

  it('quotes the changed words, whole words, for histories and the annex', () => {
    expect(changedWords('Waive the late fee', 'Waive the late birth fee')).toEqual({
      before: 'fee',
      after: 'birth fee',
    });
    expect(changedWords('Waive the fee', 'Waive every fee')).toEqual({ before: 'the', after: 'every' });
  });
});
