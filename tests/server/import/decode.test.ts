import { describe, expect, it } from 'vitest';
import { decodeText, UnreadableText } from '../../../server/import/decode.js';

const utf16 = (text: string, endian: 'le' | 'be') => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
};

describe('decoding a text import', () => {
  const sample = 'Theme\tEvidence\nLegal framework\tกรมการปกครอง — تسجيل';

  it('reads UTF-16LE and UTF-16BE by their byte-order mark (Excel’s “Unicode text”)', () => {
    expect(decodeText(utf16(sample, 'le'))).toBe(sample);
    expect(decodeText(utf16(sample, 'be'))).toBe(sample);
  });

  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    const plain = new TextEncoder().encode(sample);
    expect(decodeText(plain)).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(sample);
  });

  it('reads Windows-1252 (Excel’s CSV in Western locales) when the bytes are not UTF-8', () => {
    // Latin-1 has no ’ or €: these are their Windows-1252 bytes.
    const bytes = new Uint8Array(
      [...'Ministère de l’Intérieur, coût 5 €'].map((c) =>
        c === '’' ? 0x92 : c === '€' ? 0x80 : c.charCodeAt(0),
      ),
    );
    expect(decodeText(bytes)).toBe('Ministère de l’Intérieur, coût 5 €');
    expect(decodeText(Buffer.from('Ministère', 'latin1'))).toBe('Ministère');
  });

  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(UnreadableText);
  });
});
