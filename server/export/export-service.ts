import {
  docFromState,
  readReportBlocks,
  readWorkshopContent,
  reportFragment,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import type { AmendmentService } from '../amendments/amendment-service.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { ActivityReader } from '../activity/activity-log.js';
import type { AttendanceRecorder } from '../attendance/attendance-recorder.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import type { AttendanceRepository } from '../store/attendance-repository.js';
import type { VersionRepository } from '../store/version-repository.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import { contentHash } from '../versions/content-hash.js';
import type { VoteService } from '../votes/vote-service.js';
import { contributorsBySection } from './contributors-annex.js';
import type { ExportSource } from './export-source.js';

export interface ExportServiceDependencies {
  workshops: Pick<WorkshopRepository, 'find'>;
  readLive: LiveDocumentReader;
  versions: Pick<VersionRepository, 'find' | 'recordStamp'>;
  attendance: Pick<AttendanceRepository, 'list'>;
  recorder: Pick<AttendanceRecorder, 'sample'>;
  priorities: Pick<VoteService, 'prioritiesAt'>;
  audit: Pick<AuditLog, 'printableHead'>;
  /** Who changed what, for the annex of contributors. */
  activity: Pick<ActivityReader, 'all'>;
  /** Amendments decided, for the annex "Amendments considered". */
  amendments: Pick<AmendmentService, 'decided'>;
}

/**
 * Each recommendation's priority as the votes closed by then ranked it, or none. The document's own
 * `priority` field is only a display copy that any editor can overwrite, so an export never prints it.
 */
function withVotedPriorities(content: WorkshopContent, priorities: Map<string, string>): WorkshopContent {
  return {
    ...content,
    recommendations: content.recommendations.map((r) => ({ ...r, priority: priorities.get(r.id) ?? '' })),
  };
}

/**
 * Gathers what an export is made from: the live draft as it is now, or a saved version exactly as it
 * was saved (its own content, hash and date, and the people present by then), so exporting a version
 * again gives the same report.
 */
export function createExportService(deps: ExportServiceDependencies) {
  return {
    /**
     * What a saved version's exports print besides its frozen content changes only by appending an
     * endorsement or a decision, or by the audit log moving on (its head is on the title page); this
     * says which of those states it is in, for the export cache.
     */
    async stamp(workshopId: string, versionId: string): Promise<string | null> {
      const [records, head] = await Promise.all([
        deps.versions.recordStamp(workshopId, versionId),
        deps.audit.printableHead(workshopId),
      ]);
      return records === null ? null : `${records}:${head.seq}:${head.hash}`;
    },

    /** Null when the workshop or the version does not exist. */
    async source(workshopId: string, edition: 'live' | string): Promise<ExportSource | null> {
      const workshop = await deps.workshops.find(workshopId);
      if (!workshop) return null;
      if (edition === 'live') {
        await deps.recorder.sample(workshopId);
        const [live, participants, priorities, activity, amendments] = await Promise.all([
          deps.readLive(workshopId, (doc) => ({
            content: readWorkshopContent(doc),
            report: readReportBlocks(reportFragment(doc)),
            hash: contentHash(doc),
          })),
          deps.attendance.list(workshopId),
          deps.priorities.prioritiesAt(workshopId),
          deps.activity.all(workshopId),
          deps.amendments.decided(workshopId),
        ]);
        return {
          workshop,
          content: withVotedPriorities(live.content, priorities),
          report: live.report,
          edition: { kind: 'live', hash: live.hash, at: new Date() },
          participants,
          contributors: contributorsBySection(activity),
          amendments,
        };
      }
      const version = await deps.versions.find(workshopId, edition);
      if (!version) return null;
      const createdAt = new Date(version.createdAt);
      const [participants, priorities, auditHead, activity, amendments] = await Promise.all([
        deps.attendance.list(workshopId, createdAt),
        deps.priorities.prioritiesAt(workshopId, createdAt),
        deps.audit.printableHead(workshopId),
        deps.activity.all(workshopId, createdAt),
        deps.amendments.decided(workshopId, createdAt),
      ]);
      // Read as saved, without migrating: a migration would add template items with fresh ids.
      const doc = docFromState(version.state);
      try {
        return {
          workshop,
          content: withVotedPriorities(readWorkshopContent(doc), priorities),
          report: readReportBlocks(reportFragment(doc)),
          edition: {
            kind: 'version',
            number: version.number,
            name: version.name,
            hash: version.hash,
            createdAt,
            endorsements: version.endorsements,
            decisions: version.decisions,
            auditHead,
          },
          participants,
          contributors: contributorsBySection(activity),
          amendments,
        };
      } finally {
        doc.destroy();
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
