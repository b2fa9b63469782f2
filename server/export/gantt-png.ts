import { Resvg } from '@resvg/resvg-js';
import { ALL_FONT_PATHS, FONT_FAMILIES } from './fonts.js';

/**
 * Rasterises a Gantt chart SVG with the bundled fonts only (never the machine's), so the PNG is the
 * same everywhere. `scale` 2 gives a sharp picture in the DOCX and PDF reports.
 */
export function ganttPng(svg: string, width: number, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: ALL_FONT_PATHS, defaultFontFamily: FONT_FAMILIES.latin },
    fitTo: { mode: 'width', value: Math.round(width * scale) },
  });
  return new Uint8Array(resvg.render().asPng());
}
