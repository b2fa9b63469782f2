import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MANIFEST,
  ArchiveManifest,
  MAX_ARCHIVE_UNPACKED_BYTES,
} from '../../shared/archive.js';
import { currentSchemaVersion, schemaIndexOf } from '../store/schema-version.js';
import { packTar, TarError, unpackTar } from './tar.js';

/**
 * Why an archive is not taken: `invalid` (400: damaged, truncated, tampered with, not an archive),
 * `too-new` (409: made by a server with a later store schema or archive format than this one) or
 * `exists` (409: this server already has the workshop).
 */
export class ArchiveRefusal extends Error {
  override name = 'ArchiveRefusal';
  constructor(
    readonly reason: 'invalid' | 'too-new' | 'exists',
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new ArchiveRefusal('invalid', message);

/** SHA-256 in hex, through WebCrypto, which hashes off the event loop. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Bytes here come from a request body, zlib or the store: never a SharedArrayBuffer.
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Buffer.from(digest).toString('hex');
}

export interface ArchivePartBytes {
  name: string;
  bytes: Uint8Array;
}

export type ManifestHeading = Pick<ArchiveManifest, 'workshopId' | 'title' | 'exportedAt'>;

/** The file: the manifest (each part's size and SHA-256, the schema, the format), then the parts. */
export async function packArchive(
  heading: ManifestHeading,
  parts: readonly ArchivePartBytes[],
): Promise<Uint8Array<ArrayBuffer>> {
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: currentSchemaVersion().tag,
    ...heading,
    parts: await Promise.all(
      parts.map(async (part) => ({
        name: part.name,
        bytes: part.bytes.length,
        sha256: await sha256Hex(part.bytes),
      })),
    ),
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const tar = await packTar(
    [{ name: ARCHIVE_MANIFEST, bytes: manifestBytes }, ...parts],
    new Date(heading.exportedAt),
  );
  return new Uint8Array(await promisify(gzip)(tar));
}

export interface UnpackedArchive {
  manifest: ArchiveManifest;
  /** Every part the manifest lists, each checked against its size and SHA-256. */
  parts: Map<string, Uint8Array>;
}

/**
 * Opens and checks a file: gzip (its CRC and length catch a truncated or damaged file), tar, the
 * manifest, the format and schema (later than this server's → too-new), then each part against the
 * manifest. Nothing about the workshop is read here; the parts' contents are checked by their reader.
 */
export async function unpackArchive(file: Uint8Array): Promise<UnpackedArchive> {
  if (file[0] !== 0x1f || file[1] !== 0x8b) throw invalid('this is not a workshop archive (not a gzip file)');
  let tar: Uint8Array;
  try {
    tar = await promisify(gunzip)(file, { maxOutputLength: MAX_ARCHIVE_UNPACKED_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw invalid(`the archive unpacks to more than ${MAX_ARCHIVE_UNPACKED_BYTES / 1024 / 1024} MiB`);
    throw invalid(`the archive is truncated or damaged (gzip: ${(error as Error).message})`);
  }
  let entries;
  try {
    entries = await unpackTar(tar);
  } catch (error) {
    if (error instanceof TarError) throw invalid(error.message);
    throw error;
  }

  const [first, ...rest] = entries;
  if (first?.name !== ARCHIVE_MANIFEST) throw invalid(`the archive does not start with ${ARCHIVE_MANIFEST}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(first.bytes));
  } catch {
    throw invalid(`${ARCHIVE_MANIFEST} is not JSON`);
  }
  // Format and schema first: a later server's manifest may have fields this one does not know.
  const declared = json as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown } | null;
  if (declared?.format !== ARCHIVE_FORMAT)
    throw invalid(`${ARCHIVE_MANIFEST}: this is not a workshop archive`);
  if (typeof declared.formatVersion === 'number' && declared.formatVersion > ARCHIVE_FORMAT_VERSION)
    throw new ArchiveRefusal(
      'too-new',
      `the archive is of format ${declared.formatVersion}; this server reads format ${ARCHIVE_FORMAT_VERSION} at most: update it first`,
    );
  const ours = currentSchemaVersion();
  if (typeof declared.schemaVersion === 'string' && schemaIndexOf(declared.schemaVersion) > ours.idx)
    throw new ArchiveRefusal(
      'too-new',
      `the archive was made on store schema ${declared.schemaVersion}, newer than this server's ${ours.tag}: update this server first`,
    );
  const parsed = ArchiveManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `${ARCHIVE_MANIFEST}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim(),
    );
  }
  const manifest = parsed.data;
  if (schemaIndexOf(manifest.schemaVersion) === ours.idx && manifest.schemaVersion !== ours.tag)
    throw invalid(`${ARCHIVE_MANIFEST}: schema ${manifest.schemaVersion} is not this server's ${ours.tag}`);

  const stored = new Map<string, Uint8Array>();
  for (const entry of rest) {
    if (stored.has(entry.name)) throw invalid(`part ${entry.name}: stored twice`);
    stored.set(entry.name, entry.bytes);
  }
  const parts = new Map<string, Uint8Array>();
  for (const part of manifest.parts) {
    const bytes = stored.get(part.name);
    if (!bytes) throw invalid(`part ${part.name}: missing from the archive`);
    if (bytes.length !== part.bytes)
      throw invalid(`part ${part.name}: ${bytes.length} bytes, the manifest says ${part.bytes}`);
    if ((await sha256Hex(bytes)) !== part.sha256) throw invalid(`part ${part.name}: SHA-256 mismatch`);
    parts.set(part.name, bytes);
    stored.delete(part.name);
  }
  const [extra] = stored.keys();
  if (extra !== undefined) throw invalid(`part ${extra}: not listed in ${ARCHIVE_MANIFEST}`);
  return { manifest, parts };
}
