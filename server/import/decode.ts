/**
 * Bytes of a CSV or tab-separated file as text. Excel saves "Unicode text" as UTF-16 with a
 * byte-order mark and plain "CSV" in the machine's legacy code page (Windows-1252 in Western
 * locales), so a BOM decides first, then strict UTF-8, then Windows-1252.
 */

export class UnreadableText extends Error {
  override name = 'UnreadableText';
}

/**
 * Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as the C1 controls (it takes the latin1
 * fast path), losing “smart quotes”, the euro sign and dashes that Excel writes; these are the
 * code page's own characters for those bytes (the five unassigned ones stay as they are).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decodeText(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  let text: string;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  else if (b0 === 0xff && b1 === 0xfe)
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  else if (b0 === 0xfe && b1 === 0xff)
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = windows1252(bytes);
    }
  }
  // A text file has no NUL: this is a binary file (or UTF-16 saved without its BOM).
  if (text.includes('\u0000'))
    throw new UnreadableText('this is not a text file: save the sheet as CSV (UTF-8) or .xlsx');
  return text;
}
