/**
 * A POSIX ustar archive of plain files, written and read in memory: the archive's container, small
 * enough to hold here rather than depend on a tar package (none is a direct dependency). Reading is
 * strict: any header that is not a plain file of ours, a bad header checksum, or an end before the
 * two zero blocks that close an archive is refused with a TarError that says where.
 */

const BLOCK = 512;

export class TarError extends Error {
  override name = 'TarError';
}

export interface TarEntry {
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function writeField(header: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  if (bytes.length > length) throw new TarError(`"${text}" does not fit a ${length}-byte tar field`);
  header.set(bytes, offset);
}

/** Octal, zero-padded to `length - 1` digits and NUL-terminated, as ustar numbers are. */
function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum;
}

function headerOf(name: string, size: number, mtimeSeconds: number): Uint8Array {
  if (!/^[\x21-\x7e]{1,100}$/.test(name)) throw new TarError(`tar entry name "${name}" is not short ASCII`);
  const header = new Uint8Array(BLOCK);
  writeField(header, 0, 100, name);
  writeField(header, 100, 8, octal(0o644, 8));
  writeField(header, 108, 8, octal(0, 8));
  writeField(header, 116, 8, octal(0, 8));
  writeField(header, 124, 12, octal(size, 12));
  writeField(header, 136, 12, octal(mtimeSeconds, 12));
  header[156] = 0x30; // '0': a regular file
  writeField(header, 257, 6, 'ustar\0');
  writeField(header, 263, 2, '00');
  writeField(header, 148, 8, `${checksum(header).toString(8).padStart(6, '0')}\0 `);
  return header;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

export function packTar(entries: readonly TarEntry[], mtime: Date): Uint8Array {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const total =
    entries.reduce((sum, entry) => sum + BLOCK + entry.bytes.length + padding(entry.bytes.length), 0) +
    2 * BLOCK;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const entry of entries) {
    out.set(headerOf(entry.name, entry.bytes.length, seconds), offset);
    offset += BLOCK;
    out.set(entry.bytes, offset);
    offset += entry.bytes.length + padding(entry.bytes.length);
  }
  return out; // the last two blocks are already zero: the end-of-archive marker
}

function readString(block: Uint8Array, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  try {
    return decoder.decode(end === -1 ? field : field.subarray(0, end));
  } catch {
    throw new TarError('a tar header holds bytes that are not text');
  }
}

function readOctal(block: Uint8Array, offset: number, length: number, what: string): number {
  const text = readString(block, offset, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new TarError(`a tar header's ${what} is not a number`);
  return parseInt(text, 8);
}

const isZero = (block: Uint8Array) => block.every((byte) => byte === 0);

/** The plain files of a ustar archive, in order. */
export function unpackTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  for (;;) {
    if (offset + BLOCK > archive.length)
      throw new TarError(
        `the archive is truncated: it ends after ${entries.length} files, with no end marker`,
      );
    const header = archive.subarray(offset, offset + BLOCK);
    if (isZero(header)) {
      const next = archive.subarray(offset + BLOCK, offset + 2 * BLOCK);
      if (next.length < BLOCK || !isZero(next))
        throw new TarError('the archive is truncated: its end marker is incomplete');
      return entries;
    }
    const name = readString(header, 0, 100);
    if (readOctal(header, 148, 8, 'checksum') !== checksum(header))
      throw new TarError(`the tar header after ${entries.length} files is damaged (checksum mismatch)`);
    const type = header[156];
    if (type !== 0x30 && type !== 0) throw new TarError(`tar entry "${name}" is not a plain file`);
    const size = readOctal(header, 124, 12, 'size');
    offset += BLOCK;
    if (offset + size > archive.length)
      throw new TarError(`the archive is truncated in the middle of "${name}"`);
    entries.push({ name, bytes: archive.slice(offset, offset + size) });
    offset += size + padding(size);
  }
}
