import type {
  ActionRow,
  Finding,
  ProseBlock,
  WorkshopContent,
} from '../../shared/workshop-document/index.js';
import { editionDate, editionDay, type ExportSource } from './export-source.js';
import { reportBlocks } from './report-prose.js';

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

const label = (value: string) =>
  value ? value.charAt(0).toUpperCase() + value.slice(1).replaceAll('-', ' / ') : '';

export function numberedLabels<T extends { id: string }>(items: T[], prefix: string): Map<string, string> {
  return new Map(items.map((item, index) => [item.id, `${prefix}${index + 1}`]));
}

/** Linked ids as their display labels in document order; a link to a deleted item says so. */
function linkList(ids: string[], labels: Map<string, string>): string {
  const known = ids.flatMap((id) => labels.get(id) ?? []);
  const order = [...labels.values()];
  known.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const dangling = ids.length - known.length;
  return [...known, ...(dangling > 0 ? [`(${dangling} deleted)`] : [])].join(', ');
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
        { title: 'Decision', weight: 1.4 },
        { title: 'Date', weight: 1.4 },
        { title: 'Comment', weight: 3 },
      ],
      rows: endorsements.map((e) => [
        e.name,
        e.organisation,
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

function agenda(content: WorkshopContent): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: 'Start', weight: 1 },
      { title: 'Minutes', weight: 1 },
      { title: 'Session', weight: 5 },
      { title: 'Format', weight: 1.4 },
      { title: 'Facilitator', weight: 2.5 },
    ],
    rows: content.agenda.map((s) => [
      s.start,
      String(s.durationMinutes),
      s.title,
      s.kind === 'group' ? 'Groups' : 'Plenary',
      s.facilitator,
    ]),
    empty: 'No agenda recorded.',
  };
}

/** Pick-list order first, then any other value in the order first met, then the blank group. */
function groupOrder(listed: string[], values: string[]): string[] {
  const order = listed.filter((value) => values.includes(value));
  for (const value of values) if (value && !order.includes(value)) order.push(value);
  if (values.includes('')) order.push('');
  return order;
}

function findingsBlocks(content: WorkshopContent, findingLabels: Map<string, string>): ReportBlock[] {
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
        findingsTable(
          ofTheme.filter((f) => f.population === population),
          findingLabels,
        ),
      );
    }
  }
  return blocks;
}

function findingsTable(findings: Finding[], labels: Map<string, string>): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: '#', weight: 0.8 },
      { title: 'Evidence', weight: 6 },
      { title: 'Source', weight: 2.4 },
      { title: 'Validation', weight: 1.5 },
      { title: 'Dissent', weight: 2.4 },
    ],
    rows: findings.map((f) => [labels.get(f.id) ?? '', f.evidence, f.source, label(f.status), f.dissent]),
    empty: '',
  };
}

function recommendationsTable(content: WorkshopContent, findingLabels: Map<string, string>): ReportTable {
  const labels = numberedLabels(content.recommendations, 'R');
  return {
    kind: 'table',
    columns: [
      { title: '#', weight: 0.8 },
      { title: 'Recommendation', weight: 5 },
      { title: 'Answers findings', weight: 1.7 },
      { title: 'Responsible agency', weight: 2 },
      { title: 'Priority', weight: 1.5 },
      { title: 'Status', weight: 1.3 },
      { title: 'Reasoning', weight: 4 },
    ],
    rows: content.recommendations.map((r) => [
      labels.get(r.id) ?? '',
      r.text,
      linkList(r.findingIds, findingLabels),
      r.agency,
      r.priority,
      label(r.status),
      r.reasoning,
    ]),
    empty: 'No recommendations recorded.',
  };
}

function targetsTable(content: WorkshopContent): ReportTable {
  const labels = numberedLabels(content.targets, 'T');
  const valueYear = (value: string, year: number | null) =>
    [value, year === null ? '' : `(${year})`].filter(Boolean).join(' ');
  return {
    kind: 'table',
    columns: [
      { title: '#', weight: 0.8 },
      { title: 'Indicator', weight: 4 },
      { title: 'Disaggregation', weight: 2.3 },
      { title: 'Baseline', weight: 1.6 },
      { title: 'Target', weight: 1.6 },
      { title: 'Data source', weight: 2 },
      { title: 'Framework', weight: 1.6 },
      { title: 'Progress', weight: 1.6 },
    ],
    rows: content.targets.map((t) => [
      labels.get(t.id) ?? '',
      t.indicator,
      t.disaggregation,
      valueYear(t.baselineValue, t.baselineYear),
      valueYear(t.targetValue, t.targetYear),
      t.dataSource,
      t.framework,
      label(t.progress),
    ]),
    empty: 'No targets recorded.',
  };
}

/** The action plan (Tool N) with every column, as the CSV/XLSX exports and the report show it. */
export function actionPlanTable(content: WorkshopContent): ReportTable {
  const actionLabels = numberedLabels(content.actionPlan, 'A');
  const recommendationLabels = numberedLabels(content.recommendations, 'R');
  const targetLabels = numberedLabels(content.targets, 'T');
  return {
    kind: 'table',
    columns: [
      { title: '#', weight: 0.8 },
      { title: 'Objective', weight: 2.4 },
      { title: 'Activity', weight: 3 },
      { title: 'Lead agency', weight: 1.6 },
      { title: 'Partners', weight: 1.6 },
      { title: 'Start', weight: 1.75 },
      { title: 'End', weight: 1.75 },
      { title: 'Cost', weight: 1.1 },
      { title: 'Funding source', weight: 1.5 },
      { title: 'Indicator', weight: 2 },
      { title: 'Means of verification', weight: 1.8 },
      { title: 'Recommendations', weight: 2.1 },
      { title: 'Targets', weight: 1.3 },
      { title: 'Risks and assumptions', weight: 2 },
    ],
    rows: content.actionPlan.map((a) => [
      actionLabels.get(a.id) ?? '',
      a.objective,
      a.activity,
      a.leadAgency,
      a.partners,
      a.start,
      a.end,
      a.cost,
      a.fundingSource,
      a.indicator,
      a.verification,
      linkList(a.recommendationIds, recommendationLabels),
      linkList(a.targetIds, targetLabels),
      a.risks,
    ]),
    empty: 'No action plan rows recorded.',
  };
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
      label(p.role),
      p.firstSeenAt.toISOString().slice(0, 16).replace('T', ' '),
    ]),
    empty: 'Nobody was recorded as present.',
  };
}

export function buildReportModel(source: ExportSource): ReportModel {
  const { content } = source;
  const findingLabels = numberedLabels(content.findings, 'F');
  const report = reportBlocks(source.report);
  return {
    cover: cover(source),
    blocks: [
      { kind: 'heading', level: 1, text: 'Agenda' },
      agenda(content),
      ...(report.length > 0 ? [{ kind: 'heading', level: 1, text: 'Report' } as const, ...report] : []),
      { kind: 'heading', level: 1, text: 'Findings' },
      ...findingsBlocks(content, findingLabels),
      { kind: 'heading', level: 1, text: 'Recommendations' },
      recommendationsTable(content, findingLabels),
      { kind: 'heading', level: 1, text: 'Targets' },
      targetsTable(content),
      { kind: 'page', orientation: 'landscape' },
      { kind: 'heading', level: 1, text: 'Action plan' },
      actionPlanTable(content),
      { kind: 'heading', level: 2, text: 'Gantt chart' },
      { kind: 'gantt' },
      { kind: 'page', orientation: 'portrait' },
      { kind: 'heading', level: 1, text: 'Annex: participants present' },
      {
        kind: 'paragraph',
        text:
          source.edition.kind === 'version'
            ? 'Everyone who had joined the live workspace (by the name they gave) by the time this version was saved.'
            : 'Everyone who has joined the live workspace, by the name they gave.',
      },
      participantsTable(source),
    ],
    actionPlan: content.actionPlan,
    today: editionDay(source.edition),
    date: editionDate(source.edition),
  };
}
