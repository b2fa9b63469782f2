/**
 * The archive's container: a tar of plain files, written and read in memory with `tar-stream`.
 * Reading is strict: anything that is not a plain file, or an archive that ends early, is refused with a
 * TarError that says where.
 */
import { extract, pack } from 'tar-stream';

export class TarError extends Error {
  override name = 'TarError';
}

export interface TarEntry {
  name: string;
  bytes: Uint8Array;
}

/** tar-stream's streams yield Buffers (typed unknown by its declarations). */
async function collect(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

export async function packTar(entries: readonly TarEntry[], mtime: Date): Promise<Uint8Array> {
  const archive = pack();
  const packed = collect(archive);
  for (const entry of entries) {
    if (!/^[\x21-\x7e]{1,100}$/.test(entry.name))
      throw new TarError(`tar entry name "${entry.name}" is not short ASCII`);
    archive.entry(
      { name: entry.name, size: entry.bytes.length, mtime, mode: 0o644 },
      Buffer.from(entry.bytes),
    );
  }
  archive.finalize();
  return packed;
}

/** The plain files of a tar archive, in order. */
export async function unpackTar(archive: Uint8Array): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const reader = extract();
  reader.end(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  try {
    for await (const entry of reader) {
      const { name, type } = entry.header;
      if (type !== 'file') throw new TarError(`tar entry "${name}" is not a plain file`);
      entries.push({ name, bytes: await collect(entry) });
    }
  } catch (error) {
    if (error instanceof TarError) throw error;
    // tar-stream's own errors: a damaged header, or data that stops inside an entry.
    const reason = error instanceof Error ? error.message : String(error);
    throw new TarError(`the archive is truncated or damaged after ${entries.length} files (tar: ${reason})`);
  }
  return entries;
}
