import { fieldLabel, sectionNoun, sectionTitle, valueWord } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { CHAIN, traceability, type Gap, type Traceability } from '../../shared/traceability.js';
import {
  linkTarget,
  sectionDef,
  type CollectionName,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
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

const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === '';

/**
 * What a gap says, in the reader's words. shared/traceability.ts words its messages in English for
 * the live view; the export says the same from the item itself, so it can say it in any language.
 */
function gapMessages(trace: Traceability, content: WorkshopContent, tr: Translator): string[] {
  const words = tr.document;
  const lower = (text: string) => text.toLocaleLowerCase(tr.language);
  const field = (name: CollectionName, key: string) => lower(fieldLabel(words, name, key));
  const itemOf = (gap: Gap) =>
    (content[gap.collection] as ReadonlyArray<{ id: string } & Record<string, unknown>>).find(
      (item) => item.id === gap.itemId,
    );
  // An item may have dangling links in several fields: one gap each, in the registry's field order.
  const danglingSeen = new Map<string, number>();
  return trace.gaps.map((gap) => {
    const item = itemOf(gap);
    const label = gap.label;
    switch (gap.kind) {
      case 'finding-unanswered':
        return tr.t('export.gaps.findingUnansweredMessage', {
          label,
          status: lower(valueWord(words, 'findings', 'status', String(item?.status ?? ''))),
        });
      case 'recommendation-without-action':
        return tr.t('export.gaps.recommendationWithoutActionMessage', { label });
      case 'action-without-target':
        return tr.t('export.gaps.actionWithoutTargetMessage', { label });
      case 'action-incomplete': {
        const missing = (['leadAgency', 'start', 'end', 'cost', 'indicator'] as const)
          .filter((key) => blank(item?.[key]))
          .map((key) => field('actionPlan', key));
        return tr.t('export.gaps.incompleteMessage', {
          label,
          missing: missing.join(tr.t('export.separator')),
        });
      }
      case 'target-incomplete': {
        const missing = [
          ...(blank(item?.baselineValue) ? [field('targets', 'baselineValue')] : []),
          ...(blank(item?.baselineYear) ? [field('targets', 'baselineYear')] : []),
          ...(blank(item?.targetValue) && blank(item?.targetYear)
            ? [
                tr.t('export.either', {
                  a: field('targets', 'targetValue'),
                  b: field('targets', 'targetYear'),
                }),
              ]
            : []),
        ];
        return tr.t('export.gaps.incompleteMessage', {
          label,
          missing: missing.join(tr.t('export.separator')),
        });
      }
      case 'dangling-link': {
        const key = `${gap.collection}/${gap.itemId}`;
        const seen = danglingSeen.get(key) ?? 0;
        danglingSeen.set(key, seen + 1);
        const links = Object.entries(sectionDef(gap.collection).fields).flatMap(([name, def]) => {
          if (def.kind !== 'links' || !item) return [];
          const to = linkTarget(def);
          const known = new Set(content[to].map((linked) => linked.id));
          const dangling = (item[name] as string[]).filter((id) => !known.has(id)).length;
          return dangling > 0 ? [{ name, to, dangling }] : [];
        });
        const link = links[seen];
        if (!link) return gap.message;
        return tr.tn('export.gaps.danglingLinkMessage', link.dangling, {
          label,
          noun: lower(sectionNoun(words, link.to)),
          field: field(gap.collection, link.name),
        });
      }
    }
  });
}

const GAP_TITLE_KEYS = {
  'finding-unanswered': 'export.gaps.findingUnanswered',
  'recommendation-without-action': 'export.gaps.recommendationWithoutAction',
  'action-without-target': 'export.gaps.actionWithoutTarget',
  'action-incomplete': 'export.gaps.actionIncomplete',
  'target-incomplete': 'export.gaps.targetIncomplete',
  'dangling-link': 'export.gaps.danglingLink',
} as const satisfies Record<Gap['kind'], string>;

export function gapTable(
  trace: Traceability,
  content?: WorkshopContent,
  tr: Translator = ENGLISH,
): ReportTable {
  const messages = content ? gapMessages(trace, content, tr) : trace.gaps.map((gap) => gap.message);
  return {
    kind: 'table',
    columns: [
      { title: tr.t('export.gaps.gap'), weight: 3 },
      { title: '#', weight: 0.8 },
      { title: tr.t('export.gaps.missing'), weight: 4 },
    ],
    rows: trace.gaps.map((gap, index) => [tr.t(GAP_TITLE_KEYS[gap.kind]), gap.label, messages[index]!]),
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
    gapTable(trace, content, tr),
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
    { name: tr.t('export.gaps.heading'), table: gapTable(trace, content, tr) },
  ];
}
