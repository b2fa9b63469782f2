import type { AuditHead } from '../../shared/audit.js';
import type { Language } from '../../shared/i18n/languages.js';
import { createExportCache } from './export-cache.js';
import type { ExportService } from './export-service.js';
import { fileStem } from './export-source.js';
import { exportFormat } from './formats.js';
import type { RenderPool } from './render-pool.js';

/** One export, ready to send. */
export interface ExportFile {
  body: Uint8Array<ArrayBuffer> | string;
  /** Size of `body` in bytes, what the cache counts. */
  bytes: number;
  /** Download name, e.g. `results-workshop-report-v3.pdf`. */
  name: string;
  /** The edition's canonical content hash (the one a version records). */
  hash: string;
  /** `v3` or `live`. */
  edition: string;
  /** The audit head a version's reports print on their title page; null for the live draft. */
  auditHead: AuditHead | null;
}

export interface ExporterDependencies {
  sources: Pick<ExportService, 'source' | 'stamp'>;
  pool: Pick<RenderPool, 'render'>;
  /** Bytes of version exports kept in memory. */
  cacheBytes: number;
}

/** Copied when Node's Buffer pool may share the memory: a response body owns its ArrayBuffer. */
const owned = (rendered: Uint8Array | string) =>
  typeof rendered === 'string' ? rendered : new Uint8Array(rendered);

/**
 * Makes an export file: reads its source on this thread (the live draft is only here), renders the
 * heavy formats on the render pool, and keeps the files of saved versions, which never change, in a
 * bounded cache. Concurrent requests for the same version's file share one render.
 */
export function createExporter({ sources, pool, cacheBytes }: ExporterDependencies) {
  const cache = createExportCache<ExportFile>(cacheBytes);
  const rendering = new Map<string, Promise<ExportFile | null>>();

  async function make(
    workshopId: string,
    edition: string,
    file: string,
    language: Language | undefined,
  ): Promise<ExportFile | null> {
    const format = exportFormat(file);
    if (!format) throw new Error(`no export format ${file}`);
    const found = await sources.source(workshopId, edition);
    if (!found) return null;
    const source = language ? { ...found, language } : found;
    const body = format.offThread ? await pool.render(file, source) : owned(await format.render(source));
    return {
      body,
      bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
      name: `${fileStem(source, format.document)}.${format.extension}`,
      hash: source.edition.hash,
      edition: source.edition.kind === 'version' ? `v${source.edition.number}` : 'live',
      auditHead: source.edition.kind === 'version' ? source.edition.auditHead : null,
    };
  }

  return {
    /**
     * `file` is a key of EXPORT_FORMATS; `language` the reader's, the workshop's own when not given.
     * Null when the workshop or the version does not exist.
     */
    async file(
      workshopId: string,
      edition: 'live' | string,
      file: string,
      language?: Language,
    ): Promise<ExportFile | null> {
      if (edition === 'live') return make(workshopId, edition, file, language);
      // The workshop is in the key: a version id is only ever served under its own workshop. So is the
      // stamp: an endorsement or decision recorded after a first export must be in the next one.
      const stamp = await sources.stamp(workshopId, edition);
      if (stamp === null) return null;
      // And the language: each is a different file. No language means the workshop's, which is set
      // once, when the workshop is created.
      const key = `${workshopId}/${edition}/${stamp}/${language ?? 'workshop'}/${file}`;
      const cached = cache.get(key);
      if (cached) return cached;
      let pending = rendering.get(key);
      if (!pending) {
        pending = make(workshopId, edition, file, language).finally(() => rendering.delete(key));
        rendering.set(key, pending);
      }
      const made = await pending;
      if (made) cache.set(key, made);
      return made;
    },
    /** Bytes of version exports held in memory. */
    get cachedBytes() {
      return cache.bytes;
    },
  };
}

export type Exporter = ReturnType<typeof createExporter>;
