import { decisionKindWord, outcomeWord } from '../../shared/decision-words.js';
import type { Decision } from '../../shared/decisions.js';
import { fieldLabel, sectionTitle } from '../../shared/i18n/document-words.js';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages.js';
import { roleName } from '../../shared/i18n/role-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import {
  COLLECTION_NAMES,
  labelsById,
  sectionDef,
  type ActionRow,
  type CollectionName,
  type ProseBlock,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import { editionDate, editionDay, type ExportSource } from './export-source.js';
import {
  dayIn,
  ENGLISH,
  exportWords,
  nameWithRoleIn,
  sectionInSentence,
  utcMinuteIn,
} from './export-words.js';
import { reportBlocks } from './report-prose.js';
import { reportTable } from './section-tables.js';
import { traceabilityAnnex } from './traceability-annex.js';
import { amendmentsAnnex } from './amendments-annex.js';
import { contributorsAnnex } from './contributors-annex.js';

/**
 * The results workshop report (toolkit Tool K, laid out like the Tool L assessment report) as an
 * ordered list of blocks. Every format (Markdown, DOCX, PDF) renders this one model, so they never
 * disagree on what the report says or in which order.
 */

export interface Column {
  title: string;
  /** Share of the table's width. */
  weight: number;
}

export interface ReportTable {
  kind: 'table';
  columns: Column[];
  rows: string[][];
  /** Shown instead of an empty table. */
  empty: string;
  /** False for a table typed into the report without a header row: its columns have no titles. */
  header?: false;
}

/** 1 is a chapter; Markdown's six levels are the title's and these five. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export type ReportBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; text: string }
  /** The report's own prose (not a heading or a table, which become those blocks). */
  | { kind: 'prose'; block: ProseBlock }
  | ReportTable
  /** The action plan's Gantt chart (shared/gantt-chart.ts). */
  | { kind: 'gantt' }
  /** Starts a new page; landscape for the wide action plan. */
  | { kind: 'page'; orientation: 'portrait' | 'landscape' };

export interface ReportCover {
  title: string;
  subtitle: string;
  /** Page header line: the workshop and which edition this is. */
  runningHead: string;
  /** Label → value lines under the title: country, dates, version, content hash. */
  facts: Array<[string, string]>;
  endorsements: ReportTable;
}

export interface ReportModel {
  /** The reader's language: every fixed word of the report is in it (the renderers' too). */
  language: Language;
  cover: ReportCover;
  blocks: ReportBlock[];
  /** For the Gantt block: the rows and the day its "today" line marks. */
  actionPlan: ActionRow[];
  today: string;
  /** Document metadata (DOCX core properties, PDF info): the edition's date, for reproducible files. */
  date: Date;
}

/** The reader's language of an export: the one asked for, else the workshop's, else English. */
export function exportLanguage(source: ExportSource): Language {
  return source.language ?? source.workshop.language ?? DEFAULT_LANGUAGE;
}

function datesOf(source: ExportSource, tr: Translator): string {
  const { startsOn, endsOn } = source.workshop;
  if (startsOn && endsOn)
    return startsOn === endsOn
      ? tr.date(startsOn)
      : tr.t('export.cover.dateRange', { from: tr.date(startsOn), to: tr.date(endsOn) });
  return tr.date(startsOn ?? endsOn ?? '');
}

/** "Formal, 3 Dec 2026, Minister X (Ministry of Interior)": one decision in a line. */
function decisionLineIn(tr: Translator, decision: Decision): string {
  return tr.t('export.decisions.line', {
    kind: decisionKindWord(tr, decision.kind),
    date: tr.date(decision.decidedOn),
    decisionMaker: decision.decisionMaker,
    office: decision.office,
  });
}

function cover(source: ExportSource, tr: Translator): ReportCover {
  const { workshop, edition } = source;
  const facts: Array<[string, string]> = [];
  if (workshop.country) facts.push([tr.t('export.cover.country'), workshop.country]);
  const dates = datesOf(source, tr);
  if (dates) facts.push([tr.t('export.cover.dates'), dates]);
  const editionName =
    edition.kind === 'version'
      ? tr.t('export.cover.versionName', { number: `v${edition.number}`, name: edition.name })
      : tr.t('export.cover.liveDraft', { moment: utcMinuteIn(tr, edition.at) });
  facts.push([
    tr.t('export.cover.version'),
    edition.kind === 'version' ? editionName : tr.t('export.cover.notSaved', { edition: editionName }),
  ]);
  if (edition.kind === 'version')
    facts.push([tr.t('export.cover.saved'), dayIn(tr, edition.createdAt.toISOString())]);
  facts.push([tr.t('export.cover.contentHash'), edition.hash]);
  if (edition.kind === 'version')
    facts.push([
      tr.t('export.cover.auditHead'),
      tr.t('export.cover.auditHeadValue', {
        hash: edition.auditHead.hash,
        entry: String(edition.auditHead.seq),
      }),
    ]);
  for (const decision of decisionsOf(source))
    facts.push([tr.t('export.decision'), decisionLineIn(tr, decision)]);
  const endorsements = edition.kind === 'version' ? edition.endorsements : [];
  return {
    title: workshop.title,
    subtitle: tr.t('export.cover.subtitle'),
    runningHead: tr.t('export.cover.runningHead', { title: workshop.title, edition: editionName }),
    facts,
    endorsements: {
      kind: 'table',
      columns: [
        { title: tr.t('export.endorsements.name'), weight: 2 },
        { title: tr.t('export.endorsements.organisation'), weight: 3 },
        { title: tr.t('export.endorsements.identity'), weight: 2 },
        { title: tr.t('export.decision'), weight: 1.4 },
        { title: tr.t('export.date'), weight: 1.4 },
        { title: tr.t('export.endorsements.comment'), weight: 3 },
      ],
      rows: endorsements.map((e) => [
        e.name,
        e.organisation,
        tr.t(e.identity === 'invite' ? 'export.endorsements.byInvite' : 'export.endorsements.selfDeclared'),
        tr.t(e.decision === 'endorse' ? 'export.endorsements.endorsed' : 'export.endorsements.declined'),
        dayIn(tr, e.createdAt),
        e.comment ?? '',
      ]),
      empty: tr.t(edition.kind === 'version' ? 'export.endorsements.none' : 'export.endorsements.liveDraft'),
    },
  };
}

function decisionsOf(source: ExportSource): Decision[] {
  return source.edition.kind === 'version' ? source.edition.decisions : [];
}

/** The decision text's paragraphs (blank lines apart), its single line breaks kept. */
function textParagraphs(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim())
    .map((part) => ({ kind: 'prose', block: { kind: 'paragraph', spans: [{ text: part.trim() }] } }));
}

/**
 * Step 11: what the decision-maker(s) decided on this version, each decision with what it said about
 * every recommendation of the version. No chapter before a decision is recorded, nor in a live draft.
 */
function decisionBlocks(source: ExportSource, tr: Translator): ReportBlock[] {
  const decisions = decisionsOf(source);
  if (decisions.length === 0) return [];
  const recommendations = source.content.recommendations;
  const labels = labelsById('recommendations', recommendations);
  const fact = (label: string, value: string) => [
    { text: `${label}: `, bold: true as const },
    { text: value },
  ];
  return [
    { kind: 'heading', level: 1, text: tr.t('export.decision') },
    ...decisions.flatMap((decision): ReportBlock[] => [
      { kind: 'heading', level: 2, text: decisionLineIn(tr, decision) },
      {
        kind: 'prose',
        block: {
          kind: 'paragraph',
          spans: [
            ...fact(tr.t('export.decisions.decisionMaker'), decision.decisionMaker),
            { text: '\n' },
            ...fact(tr.t('export.decisions.office'), decision.office),
            { text: '\n' },
            ...fact(tr.t('export.decisions.kind'), decisionKindWord(tr, decision.kind)),
            { text: '\n' },
            ...fact(tr.t('export.date'), tr.date(decision.decidedOn)),
            { text: '\n' },
            ...fact(
              tr.t('export.decisions.recordedBy'),
              tr.t('export.decisions.recordedByValue', {
                person: nameWithRoleIn(tr, { name: decision.recorderName, role: decision.recorderRole }),
                date: dayIn(tr, decision.createdAt),
              }),
            ),
          ],
        },
      },
      ...textParagraphs(decision.text),
      {
        kind: 'table',
        columns: [
          { title: '#', weight: 0.8 },
          { title: fieldLabel(tr.document, 'recommendations', 'text'), weight: 6 },
          { title: tr.t('export.decision'), weight: 1.6 },
        ],
        rows: recommendations.map((r) => [labels.get(r.id) ?? '', r.text, outcomeWord(tr, decision, r.id)]),
        empty: tr.t('export.decisions.noRecommendations', {
          items: sectionInSentence(tr, 'recommendations'),
        }),
      },
    ]),
  ];
}

/** Pick-list order first, then any other value in the order first met, then the blank group. */
function groupOrder(listed: string[], values: string[]): string[] {
  const order = listed.filter((value) => values.includes(value));
  for (const value of values) if (value && !order.includes(value)) order.push(value);
  if (values.includes('')) order.push('');
  return order;
}

function findingsBlocks(content: WorkshopContent, tr: Translator): ReportBlock[] {
  if (content.findings.length === 0)
    return [
      { kind: 'paragraph', text: tr.t('export.noItems', { items: sectionInSentence(tr, 'findings') }) },
    ];
  const blocks: ReportBlock[] = [];
  const themes = groupOrder(
    content.themes.map((t) => t.label),
    content.findings.map((f) => f.theme),
  );
  const populations = content.populations.map((p) => p.label);
  for (const theme of themes) {
    const ofTheme = content.findings.filter((f) => f.theme === theme);
    blocks.push({ kind: 'heading', level: 2, text: theme || tr.t('export.findings.noTheme') });
    for (const population of groupOrder(
      populations,
      ofTheme.map((f) => f.population),
    )) {
      blocks.push({ kind: 'heading', level: 3, text: population || tr.t('export.findings.noPopulation') });
      blocks.push(
        reportTable(
          content,
          'findings',
          { rows: ofTheme.filter((f) => f.population === population), empty: '' },
          tr,
        ),
      );
    }
  }
  return blocks;
}

/** The action plan (Tool N) with every column, as the CSV/XLSX exports and the report show it. */
export function actionPlanTable(content: WorkshopContent, tr: Translator = ENGLISH): ReportTable {
  return reportTable(content, 'actionPlan', { empty: tr.t('export.actionPlan.none') }, tr);
}

function participantsTable(source: ExportSource, tr: Translator): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: tr.t('export.endorsements.name'), weight: 4 },
      { title: tr.t('export.participants.invitedAs'), weight: 2 },
      { title: tr.t('export.participants.firstSeen'), weight: 2 },
    ],
    rows: source.participants.map((p) => [p.name, roleName(tr, p.role), utcMinuteIn(tr, p.firstSeenAt)]),
    empty: tr.t('export.participants.none'),
  };
}

/**
 * The sections whose chapters are laid out above (agenda, findings grouped by the pick lists,
 * recommendations, targets, the action plan with its chart); any other section of the registry gets
 * the plain chapter, its title and its table, so a new section is never missing from the report.
 */
const LAID_OUT: ReadonlySet<CollectionName> = new Set([
  'agenda',
  'findings',
  'recommendations',
  'targets',
  'actionPlan',
]);

function otherChapters(content: WorkshopContent, tr: Translator): ReportBlock[] {
  return COLLECTION_NAMES.filter(
    (name) => !LAID_OUT.has(name) && sectionDef(name).report !== 'groups',
  ).flatMap((name): ReportBlock[] => [
    { kind: 'heading', level: 1, text: sectionTitle(tr.document, name) },
    reportTable(content, name, {}, tr),
  ]);
}

export function buildReportModel(source: ExportSource): ReportModel {
  const { content } = source;
  const language = exportLanguage(source);
  const tr = exportWords(language);
  const title = (name: CollectionName) => sectionTitle(tr.document, name);
  const report = reportBlocks(source.report);
  return {
    language,
    cover: cover(source, tr),
    blocks: [
      { kind: 'heading', level: 1, text: title('agenda') },
      reportTable(content, 'agenda', {}, tr),
      ...(report.length > 0
        ? [{ kind: 'heading', level: 1, text: tr.t('export.report') } as const, ...report]
        : []),
      { kind: 'heading', level: 1, text: title('findings') },
      ...findingsBlocks(content, tr),
      { kind: 'heading', level: 1, text: title('recommendations') },
      reportTable(content, 'recommendations', {}, tr),
      { kind: 'heading', level: 1, text: title('targets') },
      reportTable(content, 'targets', {}, tr),
      ...otherChapters(content, tr),
      // Step 11 comes between the report's proposals and the action plan formulated after it (step 12).
      ...decisionBlocks(source, tr),
      { kind: 'page', orientation: 'landscape' },
      { kind: 'heading', level: 1, text: title('actionPlan') },
      actionPlanTable(content, tr),
      { kind: 'heading', level: 2, text: tr.t('export.gantt.heading') },
      { kind: 'gantt' },
      { kind: 'page', orientation: 'portrait' },
      ...traceabilityAnnex(content, tr),
      { kind: 'heading', level: 1, text: tr.t('export.participants.heading') },
      {
        kind: 'paragraph',
        text: tr.t(
          source.edition.kind === 'version'
            ? 'export.participants.introVersion'
            : 'export.participants.introLive',
        ),
      },
      participantsTable(source, tr),
      ...(source.contributors
        ? contributorsAnnex(source.contributors, source.edition.kind === 'version', tr)
        : []),
      ...(source.amendments
        ? amendmentsAnnex(source.amendments, content, source.edition.kind === 'version', tr)
        : []),
    ],
    actionPlan: content.actionPlan,
    today: editionDay(source.edition),
    date: editionDate(source.edition),
  };
}
