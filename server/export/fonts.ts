import { fileURLToPath } from 'node:url';

/**
 * The fonts every export embeds, bundled in ./fonts (SIL OFL, see OFL.txt) so a report looks the same
 * on any machine and needs nothing installed: Noto Sans (Latin, with Vietnamese), Noto Sans Thai, and
 * Noto Naskh Arabic (Arabic, Urdu, Dari, Pashto).
 */
export type FontScript = 'latin' | 'thai' | 'arabic';
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontScript, Record<FontWeight, string>> = {
  latin: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  thai: { regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf' },
  arabic: { regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
};

/** Family names as the font files declare them (what DOCX and SVG refer to). */
export const FONT_FAMILIES: Record<FontScript, string> = {
  latin: 'Noto Sans',
  thai: 'Noto Sans Thai',
  arabic: 'Noto Naskh Arabic',
};

export function fontPath(script: FontScript, weight: FontWeight): string {
  return fileURLToPath(new URL(`./fonts/${FILES[script][weight]}`, import.meta.url));
}

export const ALL_FONT_PATHS = (Object.keys(FILES) as FontScript[]).flatMap((script) =>
  (['regular', 'bold'] as const).map((weight) => fontPath(script, weight)),
);

/** Which bundled font draws a character: by Unicode block; anything else falls to Noto Sans. */
export function scriptOf(char: string): FontScript | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x0e00 && code <= 0x0e7f) return 'thai';
  if (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  )
    return 'arabic';
  // Spaces, digits and punctuation join the run around them rather than forcing a font switch.
  if (/[\p{L}\p{M}]/u.test(char)) return 'latin';
  return null;
}

/** The non-letters each bundled font draws (from its cmap); the others fall back to Noto Sans. */
const COVERED_NEUTRALS: Record<FontScript, RegExp> = {
  latin: /[^]/u,
  thai: /[\u0020\u002d\u00a0\u0e3f\u0e4f\u0e5a\u0e5b\u200b-\u200d\u2010]/u,
  arabic: /[\u0020\u0021\u002c\u002e\u0030-\u003a\u00a0\u00ab\u00bb\u0600-\u06ff\u200b-\u2011]/u,
};

/** The script whose font draws a space, digit or punctuation mark inside a run of `around`. */
export function neutralScript(char: string, around: FontScript): FontScript {
  return COVERED_NEUTRALS[around].test(char) ? around : 'latin';
}
