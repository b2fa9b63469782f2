import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText, readReportBlocks, reportFragment } from '../../../shared/workshop-document/index.js';
import { cell, heading, listItem, node, paragraph, text } from './prose-nodes.js';

const THAI = 'การจดทะเบียนการเกิด';
const ARABIC = 'تسجيل المواليد';

function reportOf(...blocks: Y.XmlElement[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = reportFragment(doc);
  fragment.insert(0, blocks);
  return fragment;
}

describe('readReportBlocks', () => {
  it('reads headings with their level, paragraphs with their marks and hard breaks', () => {
    const fragment = reportOf(
      heading(1, 'Report'),
      heading(3, THAI),
      node('paragraph', [
        text(
          'Plain ',
          ['bold', 'bold'],
          ' ',
          ['both', 'bold', 'italic'],
          ' ',
          ['x < y', 'code'],
          ['struck', 'strike'],
        ),
        node('hardBreak'),
        text(ARABIC),
      ]),
      node('paragraph'),
      node('heading', [text('Odd level')], { level: 9 }),
    );
    expect(readReportBlocks(fragment)).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'Report' }] },
      { kind: 'heading', level: 3, spans: [{ text: THAI }] },
      {
        kind: 'paragraph',
        spans: [
          { text: 'Plain ' },
          { text: 'bold', bold: true },
          { text: ' ' },
          { text: 'both', bold: true, italic: true },
          { text: ' ' },
          { text: 'x < y', code: true },
          { text: `struck\n${ARABIC}` },
        ],
      },
      { kind: 'heading', level: 1, spans: [{ text: 'Odd level' }] },
    ]);
  });

  it('reads a mark y-prosemirror stored under a hashed name, and ignores a removed mark', () => {
    const marked = new Y.XmlText();
    const fragment = reportOf(node('paragraph', [marked]));
    marked.insert(0, 'overlapping', { 'bold--AbCd12+/': {} });
    marked.insert(marked.length, ' then plain', { italic: null });
    expect(readReportBlocks(fragment)).toEqual([
      { kind: 'paragraph', spans: [{ text: 'overlapping', bold: true }, { text: ' then plain' }] },
    ]);
  });

  it('reads nested bullet and ordered lists, quotes and code blocks', () => {
    const fragment = reportOf(
      node('bulletList', [
        listItem(
          paragraph('One'),
          node('orderedList', [listItem(paragraph(THAI)), listItem(paragraph('Two b'))], { start: 1 }),
        ),
        listItem(paragraph(ARABIC)),
      ]),
      node('orderedList', [listItem(paragraph('Third'))], { start: 3 }),
      node('blockquote', [paragraph('Quoted'), node('blockquote', [paragraph('Deeper')])]),
      node('codeBlock', [text('let a = 1;\nlet b = 2;')], { language: 'js' }),
      node('horizontalRule'),
    );
    expect(readReportBlocks(fragment)).toEqual([
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            { kind: 'paragraph', spans: [{ text: 'One' }] },
            {
              kind: 'list',
              ordered: true,
              start: 1,
              items: [
                [{ kind: 'paragraph', spans: [{ text: THAI }] }],
                [{ kind: 'paragraph', spans: [{ text: 'Two b' }] }],
              ],
            },
          ],
          [{ kind: 'paragraph', spans: [{ text: ARABIC }] }],
        ],
      },
      { kind: 'list', ordered: true, start: 3, items: [[{ kind: 'paragraph', spans: [{ text: 'Third' }] }]] },
      {
        kind: 'quote',
        blocks: [
          { kind: 'paragraph', spans: [{ text: 'Quoted' }] },
          { kind: 'quote', blocks: [{ kind: 'paragraph', spans: [{ text: 'Deeper' }] }] },
        ],
      },
      { kind: 'paragraph', spans: [{ text: 'let a = 1;\nlet b = 2;', code: true }] },
    ]);
  });

  it('reads tables as rectangular rows of cells, a cell spanning columns padded with empty ones', () => {
    const wide = node('tableCell', [paragraph('Wide'), paragraph(['second', 'bold'])], {
      colspan: 2,
      rowspan: 1,
    });
    const fragment = reportOf(
      node('table', [
        node('tableRow', [cell('tableHeader', 'A'), cell('tableHeader', 'B'), cell('tableHeader', 'C')]),
        node('tableRow', [wide, cell('tableCell', THAI)]),
        node('tableRow', [cell('tableCell', ARABIC)]),
      ]),
    );
    expect(readReportBlocks(fragment)).toEqual([
      {
        kind: 'table',
        rows: [
          [
            { header: true, spans: [{ text: 'A' }] },
            { header: true, spans: [{ text: 'B' }] },
            { header: true, spans: [{ text: 'C' }] },
          ],
          [
            { header: false, spans: [{ text: 'Wide\n' }, { text: 'second', bold: true }] },
            { header: false, spans: [] },
            { header: false, spans: [{ text: THAI }] },
          ],
          [
            { header: false, spans: [{ text: ARABIC }] },
            { header: false, spans: [] },
            { header: false, spans: [] },
          ],
        ],
      },
    ]);
  });

  it('keeps the text of a node it does not know, and leaves the plain text as it was', () => {
    const fragment = reportOf(
      node('details', [
        node('detailsSummary', [text('Summary')]),
        node('detailsContent', [paragraph('Inside')]),
      ]),
      node('callout', [text('Callout text')]),
    );
    expect(readReportBlocks(fragment)).toEqual([
      { kind: 'paragraph', spans: [{ text: 'Summary' }] },
      { kind: 'paragraph', spans: [{ text: 'Inside' }] },
      { kind: 'paragraph', spans: [{ text: 'Callout text' }] },
    ]);
    expect(plainText(fragment)).toBe('Summary\nInside\nCallout text');
  });
});
