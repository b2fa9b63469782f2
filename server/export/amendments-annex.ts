import { changedWords, type Amendment } from '../../shared/amendments.js';
import { fieldLabel, sectionTitle } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { labelsById, type WorkshopContent } from '../../shared/workshop-document/index.js';
import { dayIn, ENGLISH, nameWithRoleIn } from './export-words.js';
import type { ReportBlock } from './report-model.js';

/** "Findings F3: Evidence" for an item that still exists in this edition, else its id. */
function targetOf(amendment: Amendment, content: WorkshopContent, tr: Translator): string {
  const { target } = amendment;
  if ('report' in target) return tr.t('export.report');
  const label = labelsById(target.collection, content[target.collection]).get(target.itemId);
  return tr.t('export.amendments.target', {
    section: sectionTitle(tr.document, target.collection),
    item: label ?? target.itemId,
    field: fieldLabel(tr.document, target.collection, target.field),
  });
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
  tr: Translator = ENGLISH,
): ReportBlock[] {
  const rows = [...decided]
    .filter((amendment) => amendment.decision)
    .sort((a, b) => (a.decision!.at < b.decision!.at ? -1 : a.decision!.at > b.decision!.at ? 1 : 0))
    .map((amendment) => {
      const decision = amendment.decision!;
      const words = changedWords(decision.before, decision.after);
      const decided = tr.t(
        amendment.status === 'accepted' ? 'export.amendments.acceptedBy' : 'export.amendments.rejectedBy',
        { person: nameWithRoleIn(tr, decision.by), date: dayIn(tr, decision.at) },
      );
      return [
        targetOf(amendment, content, tr),
        tr.t('export.amendments.proposed', {
          person: nameWithRoleIn(tr, amendment.proposer),
          date: dayIn(tr, amendment.createdAt),
          reason: amendment.reason,
        }),
        tr.t('export.amendments.wording', { before: words.before, after: words.after }),
        decision.reason ? tr.t('export.withReason', { text: decided, reason: decision.reason }) : decided,
      ];
    });
  return [
    { kind: 'heading', level: 1, text: tr.t('export.amendments.heading') },
    {
      kind: 'paragraph',
      text: tr.t(version ? 'export.amendments.introVersion' : 'export.amendments.introLive'),
    },
    {
      kind: 'table',
      columns: [
        { title: tr.t('export.amendments.amended'), weight: 2 },
        { title: tr.t('export.amendments.proposedBy'), weight: 4 },
        { title: tr.t('export.amendments.wordingColumn'), weight: 4 },
        { title: tr.t('export.decision'), weight: 3 },
      ],
      rows,
      empty: tr.t('export.amendments.none'),
    },
  ];
}
