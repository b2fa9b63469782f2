import bidiFactory from 'bidi-js';
import type { TextSpan } from '../../shared/workshop-document/index.js';
import { neutralScript, scriptOf, type FontScript } from './fonts.js';
import { isRightToLeft } from './script-runs.js';

/**
 * Line layout for the PDF report, done here rather than by PDFKit because PDFKit draws one font per
 * call, knows no bidirectional text and cannot break Thai (written without spaces). Text is broken
 * into lines at word boundaries (ICU's dictionary segmentation for Thai), each line is cut into runs
 * of one font and one bidi level, and the runs are put in visual order (Unicode bidi rule L2). PDFKit's
 * fontkit then shapes each run: Arabic joining forms and right-to-left glyph order, Thai and
 * Vietnamese marks by the fonts' GPOS tables.
 *
 * Limits: no hyphenation; Urdu is set in Naskh, not Nastaliq; a bidi override/isolate control
 * character is honoured for levels but not drawn.
 */

const bidi = bidiFactory();
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** What layout needs from the PDF document: the registered font for a script, and widths in it. */
export interface TextMeasure {
  fontName(script: FontScript, bold: boolean): string;
  width(text: string, fontName: string, size: number): number;
}

export interface PlacedRun {
  text: string;
  font: string;
  /** Drawn slanted: the bundled fonts have no italic faces. */
  italic: boolean;
  /** From the left edge of the text box. */
  x: number;
}

export interface TextBlock {
  lines: PlacedRun[][];
  lineHeight: number;
  size: number;
  height: number;
}

const LINE_SPACING = 1.45;
/** The baseline sits this far below a line's top, in ems: room for Thai and Vietnamese marks above. */
export const BASELINE_EM = 1.08;

/**
 * The font of each UTF-16 position: spaces, digits and punctuation take the font before them when it
 * has the glyph (so a run is not broken at every space), else Noto Sans.
 */
function scriptsOf(text: string): FontScript[] {
  const scripts: FontScript[] = new Array<FontScript>(text.length);
  let current: FontScript | null = null;
  const pending: number[] = [];
  let index = 0;
  for (const char of text) {
    const script = scriptOf(char);
    if (script !== null) {
      current = script;
      for (const at of pending) scripts[at] = neutralScript(text[at]!, script);
      pending.length = 0;
    }
    for (let unit = 0; unit < char.length; unit++) {
      if (current === null) pending.push(index + unit);
      else scripts[index + unit] = script ?? neutralScript(char, current);
    }
    index += char.length;
  }
  for (const at of pending) scripts[at] = 'latin';
  return scripts;
}

interface Piece {
  start: number;
  end: number;
  /** Width without the trailing spaces, which may hang past the line's end. */
  coreEnd: number;
}

/** Break opportunities: after spaces, and between Thai words (found by dictionary segmentation). */
function pieces(text: string, scripts: FontScript[]): Piece[] {
  const result: Piece[] = [];
  let previous: { isWordLike: boolean; space: boolean; thai: boolean } | null = null;
  for (const segment of words.segment(text)) {
    const space = /^\s+$/.test(segment.segment);
    const thai = scripts[segment.index] === 'thai';
    const isWordLike = segment.isWordLike ?? false;
    const breakBefore =
      previous !== null && (previous.space || (isWordLike && previous.isWordLike && thai && previous.thai));
    const end = segment.index + segment.segment.length;
    if (breakBefore || result.length === 0) result.push({ start: segment.index, end, coreEnd: end });
    else result.at(-1)!.end = end;
    if (!space) result.at(-1)!.coreEnd = end;
    previous = { isWordLike, space, thai };
  }
  return result;
}

/** Reorders runs for display (bidi rule L2): reverse every maximal sequence at or above each odd level. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const ordered = [...runs];
  const levels = runs.map((run) => run.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < ordered.length;) {
      if (ordered[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < ordered.length && ordered[j]!.level >= level) j++;
      ordered.splice(i, j - i, ...ordered.slice(i, j).reverse());
      i = j;
    }
  }
  return ordered;
}

const reverseGraphemes = (text: string) =>
  Array.from(graphemes.segment(text), (g) => g.segment)
    .reverse()
    .join('');

/**
 * Lays out plain text in one style, or spans whose bold and italic marks add to it (code is set as
 * plain text: no monospace font is bundled). `\n` starts a new line.
 */
export function layoutText(
  text: string | readonly TextSpan[],
  width: number,
  style: TextStyle,
  measure: TextMeasure,
  align: 'start' | 'center' = 'start',
): TextBlock {
  const spans = typeof text === 'string' ? [{ text }] : text;
  const boldAt: boolean[] = [];
  const italicAt: boolean[] = [];
  for (const span of spans) {
    for (let unit = 0; unit < span.text.length; unit++) {
      boldAt.push((style.bold ?? false) || span.bold === true);
      italicAt.push(span.italic === true);
    }
  }
  const lineHeight = style.size * LINE_SPACING;
  const lines: PlacedRun[][] = [];
  let offset = 0;
  for (const paragraph of spans
    .map((span) => span.text)
    .join('')
    .split('\n')) {
    const base = offset;
    offset += paragraph.length + 1;
    const bold = (at: number) => boldAt[base + at]!;
    const italic = (at: number) => italicAt[base + at]!;
    const scripts = scriptsOf(paragraph);
    const rtl = isRightToLeft(paragraph);
    const levels = bidi.getEmbeddingLevels(paragraph, rtl ? 'rtl' : 'ltr');
    const mirrored = bidi.getMirroredCharactersMap(paragraph, levels.levels);

    const widthOf = (start: number, end: number) => {
      let total = 0;
      for (let at = start; at < end;) {
        let next = at + 1;
        while (next < end && scripts[next] === scripts[at] && bold(next) === bold(at)) next++;
        total += measure.width(
          paragraph.slice(at, next),
          measure.fontName(scripts[at]!, bold(at)),
          style.size,
        );
        at = next;
      }
      return total;
    };

    // Greedy filling; a piece too wide for a line on its own is cut between graphemes.
    const ranges: Array<[number, number]> = [];
    let lineStart = 0;
    let lineEnd = 0;
    let used = 0;
    for (const piece of pieces(paragraph, scripts)) {
      const core = widthOf(piece.start, piece.coreEnd);
      if (lineEnd > lineStart && used + core > width) {
        ranges.push([lineStart, lineEnd]);
        lineStart = piece.start;
        used = 0;
      }
      if (core > width) {
        for (const g of graphemes.segment(paragraph.slice(piece.start, piece.end))) {
          const at = piece.start + g.index;
          const w = widthOf(at, at + g.segment.length);
          if (at > lineStart && used + w > width) {
            ranges.push([lineStart, at]);
            lineStart = at;
            used = 0;
          }
          used += w;
        }
        lineEnd = piece.end;
        continue;
      }
      used += widthOf(piece.start, piece.end);
      lineEnd = piece.end;
    }
    ranges.push([lineStart, Math.max(lineEnd, lineStart)]);

    for (const [start, rawEnd] of ranges) {
      let end = rawEnd;
      while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
      const runs: Array<{ start: number; end: number; level: number; script: FontScript }> = [];
      const sameRun = (a: number, b: number) =>
        scripts[a] === scripts[b] &&
        levels.levels[a] === levels.levels[b] &&
        bold(a) === bold(b) &&
        italic(a) === italic(b);
      for (let at = start; at < end;) {
        let next = at + 1;
        while (next < end && sameRun(next, at)) next++;
        runs.push({ start: at, end: next, level: levels.levels[at]!, script: scripts[at]! });
        at = next;
      }
      let x = 0;
      const placed: PlacedRun[] = [];
      for (const run of visualOrder(runs)) {
        let runText = '';
        for (let at = run.start; at < run.end; at++) runText += mirrored.get(at) ?? paragraph[at];
        // fontkit lays Arabic-script runs out right to left itself; other right-to-left runs
        // (punctuation, spaces between Arabic words) are reversed here.
        if (run.level % 2 === 1 && run.script !== 'arabic') runText = reverseGraphemes(runText);
        const font = measure.fontName(run.script, bold(run.start));
        placed.push({ text: runText, font, italic: italic(run.start), x });
        x += measure.width(runText, font, style.size);
      }
      const shift = rtl ? width - x : align === 'center' ? (width - x) / 2 : 0;
      lines.push(placed.map((run) => ({ ...run, x: run.x + shift })));
    }
  }
  return { lines, lineHeight, size: style.size, height: lines.length * lineHeight };
}
