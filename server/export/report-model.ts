import { DECISION_KIND, decisionLine, outcomeWords, type Decision } from '../../shared/decisions.js';
import { ENDORSEMENT_IDENTITY_WORDS } from '../../shared/people.js';
import { nameWithRole, ROLE_WORDS } from '../../shared/roles.js';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  labelsById,
  sectionDef,
  type ActionRow,
  type CollectionName,
  type ProseBlock,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import { editionDate, editionDay, type ExportSource } from './export-source.js';
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
  cover: ReportCover;
  blocks: ReportBlock[];
  /** For the Gantt block: the rows and the day its "today" line marks. */
  actionPlan: ActionRow[];
  today: string;
  /** Document metadata (DOCX core properties, PDF info): the edition's date, for reproducible files. */
  date: Date;
}

function datesOf(source: ExportSource): string {
  const { startsOn, endsOn } = source.workshop;
  if (startsOn && endsOn) return startsOn === endsOn ? startsOn : `${startsOn} to ${endsOn}`;
  return startsOn ?? endsOn ?? '';
}

function cover(source: ExportSource): ReportCover {
  const { workshop, edition } = source;
  const facts: Array<[string, string]> = [];
  if (workshop.country) facts.push(['Country', workshop.country]);
  const dates = datesOf(source);
  if (dates) facts.push(['Dates', dates]);
  const editionName =
    edition.kind === 'version'
      ? `v${edition.number} · ${edition.name}`
      : `Live draft as of ${edition.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  facts.push(['Version', edition.kind === 'version' ? editionName : `${editionName} (not a saved version)`]);
  if (edition.kind === 'version') facts.push(['Saved', edition.createdAt.toISOString().slice(0, 10)]);
  facts.push(['Content hash (SHA-256)', edition.hash]);
  if (edition.kind === 'version')
    facts.push(['Audit log head', `${edition.auditHead.hash} (entry ${edition.auditHead.seq})`]);
  for (const decision of decisionsOf(source)) facts.push(['Decision', decisionLine(decision)]);
  const endorsements = edition.kind === 'version' ? edition.endorsements : [];
  return {
    title: workshop.title,
    subtitle: 'Results workshop report',
    runningHead: `${workshop.title} · ${editionName}`,
    facts,
    endorsements: {
      kind: 'table',
      columns: [
        { title: 'Name', weight: 2 },
        { title: 'Organisation', weight: 3 },
        { title: 'Identity', weight: 2 },
        { title: 'Decision', weight: 1.4 },
        { title: 'Date', weight: 1.4 },
        { title: 'Comment', weight: 3 },
      ],
      rows: endorsements.map((e) => [
        e.name,
        e.organisation,
        ENDORSEMENT_IDENTITY_WORDS[e.identity],
        e.decision === 'endorse' ? 'Endorsed' : 'Declined',
        e.createdAt.slice(0, 10),
        e.comment ?? '',
      ]),
      empty:
        edition.kind === 'version'
          ? 'No endorsements recorded for this version.'
          : 'A live draft cannot be endorsed: endorsements belong to saved versions.',
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
function decisionBlocks(source: ExportSource): ReportBlock[] {
  const decisions = decisionsOf(source);
  if (decisions.length === 0) return [];
  const recommendations = source.content.recommendations;
  const labels = labelsById('recommendations', recommendations);
  const fact = (label: string, value: string) => [
    { text: `${label}: `, bold: true as const },
    { text: value },
  ];
  return [
    { kind: 'heading', level: 1, text: 'Decision' },
    ...decisions.flatMap((decision): ReportBlock[] => [
      { kind: 'heading', level: 2, text: decisionLine(decision) },
      {
        kind: 'prose',
        block: {
          kind: 'paragraph',
          spans: [
            ...fact('Decision-maker', decision.decisionMaker),
            { text: '\n' },
            ...fact('Office', decision.office),
            { text: '\n' },
            ...fact('Kind', DECISION_KIND.words[decision.kind]),
            { text: '\n' },
            ...fact('Date', decision.decidedOn),
            { text: '\n' },
            ...fact(
              'Recorded by',
              `${nameWithRole({ name: decision.recorderName, role: decision.recorderRole })}, ${decision.createdAt.slice(0, 10)}`,
            ),
          ],
        },
      },
      ...textParagraphs(decision.text),
      {
        kind: 'table',
        columns: [
          { title: '#', weight: 0.8 },
          { title: COLLECTIONS.recommendations.fields.text.label, weight: 6 },
          { title: 'Decision', weight: 1.6 },
        ],
        rows: recommendations.map((r) => [labels.get(r.id) ?? '', r.text, outcomeWords(decision, r.id)]),
        empty: `No ${COLLECTIONS.recommendations.title.toLowerCase()} in this version.`,
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

function findingsBlocks(content: WorkshopContent): ReportBlock[] {
  if (content.findings.length === 0) return [{ kind: 'paragraph', text: 'No findings recorded.' }];
  const blocks: ReportBlock[] = [];
  const themes = groupOrder(
    content.themes.map((t) => t.label),
    content.findings.map((f) => f.theme),
  );
  const populations = content.populations.map((p) => p.label);
  for (const theme of themes) {
    const ofTheme = content.findings.filter((f) => f.theme === theme);
    blocks.push({ kind: 'heading', level: 2, text: theme || 'No theme given' });
    for (const population of groupOrder(
      populations,
      ofTheme.map((f) => f.population),
    )) {
      blocks.push({ kind: 'heading', level: 3, text: population || 'No population group given' });
      blocks.push(
        reportTable(content, 'findings', {
          rows: ofTheme.filter((f) => f.population === population),
          empty: '',
        }),
      );
    }
  }
  return blocks;
}

/** The action plan (Tool N) with every column, as the CSV/XLSX exports and the report show it. */
export function actionPlanTable(content: WorkshopContent): ReportTable {
  return reportTable(content, 'actionPlan', { empty: 'No action plan rows recorded.' });
}

function participantsTable(source: ExportSource): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: 'Name', weight: 4 },
      { title: 'Invited as', weight: 2 },
      { title: 'First seen (UTC)', weight: 2 },
    ],
    rows: source.participants.map((p) => [
      p.name,
      ROLE_WORDS[p.role],
      p.firstSeenAt.toISOString().slice(0, 16).replace('T', ' '),
    ]),
    empty: 'Nobody was recorded as present.',
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

function otherChapters(content: WorkshopContent): ReportBlock[] {
  return COLLECTION_NAMES.filter(
    (name) => !LAID_OUT.has(name) && sectionDef(name).report !== 'groups',
  ).flatMap((name): ReportBlock[] => [
    { kind: 'heading', level: 1, text: sectionDef(name).title },
    reportTable(content, name),
  ]);
}

export function buildReportModel(source: ExportSource): ReportModel {
  const { content } = source;
  const report = reportBlocks(source.report);
  return {
    cover: cover(source),
    blocks: [
      { kind: 'heading', level: 1, text: COLLECTIONS.agenda.title },
      reportTable(content, 'agenda'),
      ...(report.length > 0 ? [{ kind: 'heading', level: 1, text: 'Report' } as const, ...report] : []),
      { kind: 'heading', level: 1, text: COLLECTIONS.findings.title },
      ...findingsBlocks(content),
      { kind: 'heading', level: 1, text: COLLECTIONS.recommendations.title },
      reportTable(content, 'recommendations'),
      { kind: 'heading', level: 1, text: COLLECTIONS.targets.title },
      reportTable(content, 'targets'),
      ...otherChapters(content),
      // Step 11 comes between the report's proposals and the action plan formulated after it (step 12).
      ...decisionBlocks(source),
      { kind: 'page', orientation: 'landscape' },
      { kind: 'heading', level: 1, text: COLLECTIONS.actionPlan.title },
      actionPlanTable(content),
      { kind: 'heading', level: 2, text: 'Gantt chart' },
      { kind: 'gantt' },
      { kind: 'page', orientation: 'portrait' },
      ...traceabilityAnnex(content),
      { kind: 'heading', level: 1, text: 'Annex: participants present' },
      {
        kind: 'paragraph',
        text:
          source.edition.kind === 'version'
            ? 'Everyone who had joined the live workspace (by the name they gave) by the time this version was saved.'
            : 'Everyone who has joined the live workspace, by the name they gave.',
      },
      participantsTable(source),
      ...(source.contributors
        ? contributorsAnnex(source.contributors, source.edition.kind === 'version')
        : []),
      ...(source.amendments
        ? amendmentsAnnex(source.amendments, content, source.edition.kind === 'version')
        : []),
    ],
    actionPlan: content.actionPlan,
    today: editionDay(source.edition),
    date: editionDate(source.edition),
  };
}
