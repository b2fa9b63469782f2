import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fontPath, type FontScript } from './fonts.js';
import type { TextMeasure } from './pdf-text.js';

/** The bundled fonts in a PDF report, and text widths in them for the layout. */

const SCRIPTS: FontScript[] = ['latin', 'thai', 'arabic'];
const fontName = (script: FontScript, bold: boolean) => `${script}-${bold ? 'bold' : 'regular'}`;

/**
 * Parsed once per process: fontkit decodes a font's layout tables on first use (a third of a second
 * for Noto Sans), which PDFKit would otherwise repeat for every document.
 */
const parsedFonts = new Map<string, fontkit.Font>();
function parsedFont(script: FontScript, bold: boolean): fontkit.Font {
  const name = fontName(script, bold);
  let font = parsedFonts.get(name);
  if (!font) {
    const parsed = fontkit.create(readFileSync(fontPath(script, bold ? 'bold' : 'regular')));
    if (!('layout' in parsed)) throw new Error(`${name} is a font collection, not a font`);
    font = parsed;
    parsedFonts.set(name, font);
  }
  return font;
}

/**
 * Any `features` list makes PDFKit shape a run in one piece; without one it shapes word by word and
 * puts the words left to right, which reverses the word order of Arabic.
 */
export const WHOLE_RUN: PDFKit.Mixins.OpenTypeFeatures[] = [];

/** Widths at 1 pt per font and text: layout dominates the time to lay tables out otherwise. */
const widthCache = new Map<string, Map<string, number>>();

/** Registers the bundled fonts (regular and bold of each script) with a document, and measures in them. */
export function registerFonts(doc: PDFKit.PDFDocument): TextMeasure {
  for (const script of SCRIPTS) {
    for (const bold of [false, true]) doc.registerFont(fontName(script, bold), parsedFont(script, bold));
  }
  return {
    fontName,
    width(text, font, size) {
      const widths = widthCache.get(font) ?? new Map<string, number>();
      widthCache.set(font, widths);
      let width = widths.get(text);
      if (width === undefined) {
        width = doc.font(font).fontSize(1).widthOfString(text, { features: WHOLE_RUN });
        if (widths.size < 50_000) widths.set(text, width);
      }
      return width * size;
    },
  };
}
