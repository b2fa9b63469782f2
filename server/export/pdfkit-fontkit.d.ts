import type { Font } from 'fontkit';

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      /** PDFKit also takes a font fontkit has already parsed (its PDFFontFactory), which its types omit. */
      registerFont(name: string, src: Font): this;
    }
  }
}
