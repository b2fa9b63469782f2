import { changedWords, targetLabel, type Amendment } from '../../shared/amendments.js';
import { nameWithRole } from '../../shared/roles.js';
import { labelsById, type WorkshopContent } from '../../shared/workshop-document/index.js';
import type { ReportBlock } from './report-model.js';

const day = (iso: string) => iso.slice(0, 10);

/** "Finding F3 · Evidence" for an item that still exists in this edition, else its id. */
function targetOf(amendment: Amendment, content: WorkshopContent): string {
  const { target } = amendment;
  if ('report' in target) return targetLabel(target);
  const label = labelsById(target.collection, content[target.collection]).get(target.itemId);
  return targetLabel(target, label);
}

/**
 * The annex "Amendments considered": every amendment accepted or rejected (by the version's save
 * time, for a version), with who proposed it and why, the decision and its reason, and the wording
 * before and after, so the report keeps the reasoning behind its text.
 */
export function amendmentsAnnex(
  decided: readonly Amendment[],
  content: WorkshopContent,
  version: boolean,
): ReportBlock[] {
  const rows = [...decided]
    .filter((amendment) => amendment.decision)
    .sort((a, b) => (a.decision!.at < b.decision!.at ? -1 : a.decision!.at > b.decision!.at ? 1 : 0))
    .map((amendment) => {
      const decision = amendment.decision!;
      const words = changedWords(decision.before, decision.after);
      const decided = `${amendment.status === 'accepted' ? 'Accepted' : 'Rejected'} by ${nameWithRole(decision.by)}, ${day(decision.at)}`;
      return [
        targetOf(amendment, content),
        `${nameWithRole(amendment.proposer)}, ${day(amendment.createdAt)}: ${amendment.reason}`,
        `“${words.before}” → “${words.after}”`,
        decision.reason ? `${decided}: ${decision.reason}` : decided,
      ];
    });
  return [
    { kind: 'heading', level: 1, text: 'Annex: amendments considered' },
    {
      kind: 'paragraph',
      text: version
        ? 'Every proposed change to the wording that had been accepted or rejected by the time this version was saved: who proposed it and why, the words it changed, and the decision.'
        : 'Every proposed change to the wording that has been accepted or rejected: who proposed it and why, the words it changed, and the decision.',
    },
    {
      kind: 'table',
      columns: [
        { title: 'Amended', weight: 2 },
        { title: 'Proposed by, and why', weight: 4 },
        { title: 'Wording (before → after)', weight: 4 },
        { title: 'Decision', weight: 3 },
      ],
      rows,
      empty: 'No amendment has been accepted or rejected.',
    },
  ];
}
