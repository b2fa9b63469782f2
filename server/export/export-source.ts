import type { Amendment } from '../../shared/amendments.js';
import type { Endorsement, Workshop } from '../../shared/api.js';
import type { AuditHead } from '../../shared/audit.js';
import type { Decision } from '../../shared/decisions.js';
import type { Language } from '../../shared/i18n/languages.js';
import type { ProseBlock, WorkshopContent } from '../../shared/workshop-document/index.js';
import type { Attendee } from '../store/attendance-repository.js';
import type { SectionContributors } from './contributors-annex.js';

/** Which state of the workshop an export shows: the live draft now, or one saved version. */
export type ExportEdition =
  | { kind: 'live'; hash: string; at: Date }
  | {
      kind: 'version';
      number: number;
      name: string;
      hash: string;
      createdAt: Date;
      endorsements: Endorsement[];
      /** What the decision-maker(s) decided on this version, oldest first; a live draft has none. */
      decisions: Decision[];
      /** The audit log's head printed on the title page (export-service.ts says which entry). */
      auditHead: AuditHead;
    };

/** Everything every export format is made from. */
export interface ExportSource {
  workshop: Workshop;
  /** The reader's language, every fixed word of the export is in (`?lang=`); the workshop's when absent. */
  language?: Language;
  content: WorkshopContent;
  /** The report's prose with its structure (`content.report` is its plain text, which the hash covers). */
  report: ProseBlock[];
  edition: ExportEdition;
  /** Who was present (server/attendance/): by the version's save time, or until now for the live draft. */
  participants: Attendee[];
  /**
   * Who changed each section (server/activity/), by the version's save time or until now; absent
   * where there is no activity log to read (a source built by hand), and then so is its annex.
   */
  contributors?: SectionContributors[];
  /** Amendments accepted or rejected (by the version's save time); absent, with its annex, for a source built by hand. */
  amendments?: Amendment[];
}

/**
 * The instant an export is "of": a version's creation time, so re-exporting a version gives the same
 * bytes (document metadata, the Gantt chart's today line), or the moment a live export was made.
 */
export function editionDate(edition: ExportEdition): Date {
  return edition.kind === 'version' ? edition.createdAt : edition.at;
}

/** `YYYY-MM-DD` (UTC) of the edition's date. */
export function editionDay(edition: ExportEdition): string {
  return editionDate(edition).toISOString().slice(0, 10);
}

/** The workshop's title as a file name's first word: `results-workshop` (ASCII; `workshop` when none is left). */
export function titleSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'workshop'
  );
}

/** A file name stem such as `results-workshop-v3` or `results-workshop-live-2025-03-14`. */
export function fileStem(source: ExportSource, what: string): string {
  const slug = titleSlug(source.workshop.title);
  const edition =
    source.edition.kind === 'version' ? `v${source.edition.number}` : `live-${editionDay(source.edition)}`;
  return `${slug}-${what}-${edition}`;
}
