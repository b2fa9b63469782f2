import { sectionTitle } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { CHAIN, traceability, type Traceability } from '../../shared/traceability.js';
import { gapMessage, gapTitle } from '../../shared/traceability-words.js';
import type { WorkshopContent } from '../../shared/workshop-document/index.js';
import { ENGLISH, sectionInSentence } from './export-words.js';
import type { ReportBlock, ReportTable } from './report-model.js';

/**
 * The traceability annex: every path from a finding through a recommendation and an action-plan
 * row to its targets, one row each, then the gaps. The same tables go into the report (DOCX, PDF,
 * Markdown) and the workbook.
 */

const NONE = '—';

export function chainTable(trace: Traceability, tr: Translator = ENGLISH): ReportTable {
  const rows: string[][] = [];
  for (const chain of trace.chains) {
    if (chain.recommendations.length === 0) rows.push([chain.label, NONE, NONE, NONE]);
    for (const recommendation of chain.recommendations) {
      if (recommendation.actions.length === 0) rows.push([chain.label, recommendation.label, NONE, NONE]);
      for (const action of recommendation.actions)
        rows.push([
          chain.label,
          recommendation.label,
          action.label,
          action.targets.map((target) => target.label).join(', ') || NONE,
        ]);
    }
  }
  return {
    kind: 'table',
    columns: CHAIN.map((name) => ({ title: sectionTitle(tr.document, name), weight: 1 })),
    rows,
    empty: tr.t('export.noItems', { items: sectionInSentence(tr, 'findings') }),
  };
}

export function gapTable(trace: Traceability, tr: Translator = ENGLISH): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: tr.t('export.gaps.gap'), weight: 3 },
      { title: '#', weight: 0.8 },
      { title: tr.t('export.gaps.missing'), weight: 4 },
    ],
    rows: trace.gaps.map((gap) => [gapTitle(tr, gap.kind), gap.label, gapMessage(tr, gap)]),
    empty: tr.t('export.gaps.none'),
  };
}

export function traceabilityAnnex(content: WorkshopContent, tr: Translator = ENGLISH): ReportBlock[] {
  const trace = traceability(content);
  return [
    { kind: 'heading', level: 1, text: tr.t('export.traceability.heading') },
    { kind: 'paragraph', text: tr.t('export.traceability.intro') },
    chainTable(trace, tr),
    { kind: 'heading', level: 2, text: tr.t('export.gaps.heading') },
    gapTable(trace, tr),
  ];
}

/** The workbook's sheets of the same annex. */
export function traceabilitySheets(
  content: WorkshopContent,
  tr: Translator = ENGLISH,
): Array<{ name: string; table: ReportTable }> {
  const trace = traceability(content);
  return [
    { name: tr.t('export.traceability.sheet'), table: chainTable(trace, tr) },
    { name: tr.t('export.gaps.heading'), table: gapTable(trace, tr) },
  ];
}
