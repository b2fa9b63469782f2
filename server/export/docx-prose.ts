import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  Paragraph,
  TextRun,
  type NumberingDefinition,
  type Table,
} from 'docx';
import type { ProseBlock, TextSpan } from '../../shared/workshop-document/index.js';
import { BORDER, runs, table } from './docx-text.js';
import { proseTable, spansText } from './report-prose.js';
import { isRightToLeft } from './script-runs.js';

/**
 * The report's own prose in the Word report: paragraphs with their marks, lists as Word numbering (so
 * they stay lists when edited), quotes indented beside a rule, tables as tables.
 */

/** Runs of marked text; a hard break (`\n`) becomes a break before the next run. */
function spanRuns(spans: TextSpan[]): TextRun[] {
  return spans.flatMap((span) =>
    span.text.split('\n').flatMap((line, index) => {
      const parts = runs(line, { bold: span.bold, italics: span.italic, code: span.code });
      return index === 0 ? parts : [new TextRun({ break: 1 }), ...parts];
    }),
  );
}

/** One list nesting step, and a quote's; list markers hang in the first 360 twips of it. */
const INDENT = 567;
const HANGING = 360;
const BULLETS = ['•', '–'];

/**
 * Word numbering for a list at `level`: every level is defined (Word expects nine), the list's own
 * starting at the list's `start`.
 */
function listNumbering(ordered: boolean, start: number, level: number): NumberingDefinition {
  return {
    reference: ordered ? `ordered-${level}-${start}` : 'bullets',
    levels: Array.from({ length: 9 }, (_, at) => ({
      level: at,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${at + 1}.` : BULLETS[at % BULLETS.length],
      start: ordered && at === level ? start : 1,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: INDENT * (at + 1), hanging: HANGING } } },
    })),
  };
}

export interface ProseContext {
  /** Enclosing quotes and lists, each one indent step. */
  depth: number;
  quoted: boolean;
  /** Lists written so far: each list is its own numbering instance, so its numbers start afresh. */
  lists: { count: number };
}

function proseParagraph(
  spans: TextSpan[],
  context: ProseContext,
  numbering?: { reference: NumberingDefinition; level: number; instance: number },
): Paragraph {
  const rtl = isRightToLeft(spansText(spans));
  return new Paragraph({
    children: spanRuns(spans),
    bidirectional: rtl,
    alignment: rtl ? AlignmentType.RIGHT : undefined,
    numbering,
    indent:
      context.depth > 0
        ? { left: INDENT * context.depth, hanging: numbering ? HANGING : undefined }
        : undefined,
    border: context.quoted
      ? { left: { style: BorderStyle.SINGLE, size: 12, color: BORDER.color, space: 8 } }
      : undefined,
  });
}

/** A heading inside a list or quote is bold text, as in the other formats. */
const inlineOf = (block: Extract<ProseBlock, { kind: 'heading' | 'paragraph' }>): TextSpan[] =>
  block.kind === 'heading' ? block.spans.map((span) => ({ ...span, bold: true })) : block.spans;

export function prose(block: ProseBlock, context: ProseContext, listLevel = 0): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [proseParagraph(inlineOf(block), context)];
    case 'quote':
      return block.blocks.flatMap((inner) =>
        prose(inner, { ...context, depth: context.depth + 1, quoted: true }, listLevel),
      );
    case 'table':
      return table(proseTable(block));
    case 'list': {
      const inner = { ...context, depth: context.depth + 1 };
      const level = Math.min(listLevel, 8);
      const numbering = {
        reference: listNumbering(block.ordered, block.start, level),
        level,
        instance: ++context.lists.count,
      };
      return block.items.flatMap((item) => {
        // The item's marker goes on its first paragraph, or on a line of its own before other content.
        const [first, ...rest] = item;
        const text = first?.kind === 'paragraph' || first?.kind === 'heading' ? first : undefined;
        return [
          proseParagraph(text ? inlineOf(text) : [], inner, numbering),
          ...(text ? rest : item).flatMap((other) => prose(other, inner, listLevel + 1)),
        ];
      });
    }
  }
}
