import { z } from 'zod';
import type { CreateWorkshopResponse } from './api.js';

/**
 * The workshop archive: one file holding a whole workshop, made by `GET /api/workshops/:id/archive`
 * (facilitator) and taken in by `POST /api/workshops/import` (administrator) on another server.
 *
 * The file is a gzip-compressed POSIX tar (`.tar.gz`), so `tar -tzf` lists it and `tar -xzf` opens it
 * with nothing of ours. Its first entry is `manifest.json` (ArchiveManifest); every other entry is a
 * part the manifest lists with its size and SHA-256: one JSON file per table (rows as the store holds
 * them) and the Yjs states as binary files.
 */
export const ARCHIVE_FORMAT = 'results-workshop-archive';

/** Raised when the parts or their encoding change; a server refuses (409) an archive of a later format. */
export const ARCHIVE_FORMAT_VERSION = 1;

export const ARCHIVE_MANIFEST = 'manifest.json';

export const ARCHIVE_CONTENT_TYPE = 'application/gzip';

export const ARCHIVE_FILE_SUFFIX = '.workshop.tar.gz';

/**
 * The largest archive an import takes (the request body, compressed). A workshop's saved versions are
 * whole document states each, so an archive is far larger than a spreadsheet import (5 MiB): a
 * 300-finding workshop is about 0.5 MiB of state per version before compression.
 */
export const MAX_ARCHIVE_BYTES = 128 * 1024 * 1024;

/** The most an archive may unpack to: a compressed file cannot make the server hold more than this. */
export const MAX_ARCHIVE_UNPACKED_BYTES = 512 * 1024 * 1024;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex');

export const ArchivePart = z
  .object({
    name: z.string().min(1),
    bytes: z.number().int().nonnegative(),
    sha256: Sha256Hex,
  })
  .strict();
export type ArchivePart = z.infer<typeof ArchivePart>;

export const ArchiveManifest = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.number().int().positive(),
    /** The tag of the last store migration of the server that made it (server/store/migrations). */
    schemaVersion: z.string().regex(/^\d{4}_\w+$/, 'must be a migration tag such as 0008_amendments'),
    workshopId: z.guid(),
    title: z.string(),
    exportedAt: z.iso.datetime(),
    parts: z.array(ArchivePart),
  })
  .strict();
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

/**
 * `POST /api/workshops/import` → 201: the workshop as created, with a new set of invites (one link per
 * role), shown only here like a new workshop's. The invites of the archive never work again.
 */
export type ImportArchiveResponse = CreateWorkshopResponse;
