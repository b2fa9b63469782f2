import { z } from 'zod';
import { links, rich, text, value, type FieldDef, type StoredValue } from './field-kinds.js';
import {
  FINDING_STATUS,
  FRAMEWORK,
  PROGRESS_STATUS,
  RECOMMENDATION_STATUS,
  SESSION_KIND,
} from './vocabularies.js';

/**
 * The one registry of the workshop's sections. Everything else that knows a section — the content
 * type and its validation, reading, the canonical rendering versions are hashed over, restore, the
 * diff, labels and prefixes, column headers, the report and spreadsheet tables, import — is derived
 * from an entry here. A new section is an entry (plus its view); a new field is one line.
 *
 * Every section is a collection: a root Y.Map from a stable item id to the item's Y.Map. Order is a
 * fractional `position` key rather than array order, so a reorder is one field write that merges
 * with concurrent edits to the moved item (a Y.Array move would delete and re-create it).
 */
export const COLLECTION_NAMES = [
  'themes',
  'populations',
  'agenda',
  'findings',
  'recommendations',
  'targets',
  'actionPlan',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A link field; the compiler checks that it points to a section of this registry. */
const linksTo = <const To extends CollectionName>(label: string, to: To) => links(label, to);

/** An item as `readWorkshopContent` gives it: its id, position and every field's plain value. */
export type RowOf<F extends Record<string, FieldDef>> = { id: string; position: string } & {
  -readonly [K in keyof F]: z.infer<F[K]['schema']>;
};

/** What a report or spreadsheet cell may need beyond its own row: the labels of linked items. */
export interface CellContext {
  /** Item id → display label (F1, R2…) in document order, for one collection. */
  labelsOf(name: CollectionName): ReadonlyMap<string, string>;
}

/** A table column: a field (titled by its label unless `title` says otherwise) or a computed cell. */
export type ColumnDef<F extends Record<string, FieldDef>> =
  | { field: keyof F & string; title?: string; weight: number }
  | { title: string; weight: number; cell(row: RowOf<F>, context: CellContext): string };

export interface SectionDef<F extends Record<string, FieldDef> = Record<string, FieldDef>> {
  /** The Y.Doc root the collection lives in. */
  root: string;
  /** Short prefix of item ids, so a link can be read by a human (`f-…` is a finding). */
  idPrefix: string;
  /** The section's name as a heading: nav, diff, report chapter, spreadsheet sheet. */
  title: string;
  /** One item, capitalised, as it is named in a sentence ("Finding F3", "Row A2"). */
  noun: string;
  /** Display prefix of numbered labels (F1, R2…), following the current order; null: not numbered. */
  prefix: string | null;
  /** The field that names an item (in a diff, a link option, a gap). */
  headline: keyof F & string;
  fields: F;
  /** Every column of the section's table or list, in order: the live table, spreadsheet sheets. */
  columns: ReadonlyArray<keyof F & string>;
  /**
   * Its chapter's table in the report; `'groups'` for the pick lists, which appear as the headings
   * the findings are grouped under rather than as a table of their own.
   */
  report: ReadonlyArray<ColumnDef<F>> | 'groups';
  /** The fields a spreadsheet import fills, with other header names people use for them. */
  import: ReadonlyArray<{ field: keyof F & string; aliases?: readonly string[] }>;
  /**
   * The sections every version saved before the registry hashed, even when empty. Leave it out for
   * a new section: then the section is rendered in the hash only when it has items, so versions
   * saved before it existed still verify.
   */
  alwaysInHash?: true;
}

/** What the registry's completeness check compares (the column cells are typed per section). */
type SectionShape = Omit<SectionDef, 'report' | 'columns' | 'import' | 'headline'>;

function section<const F extends Record<string, FieldDef>>(def: SectionDef<F>): SectionDef<F> {
  return def;
}

/** `YYYY-MM-DD` as typed; kept even when it conflicts with another date, so nothing typed is lost. */
const DateText = z.union([z.iso.date(), z.literal('')]).catch('');
const Year = z.number().int().min(1900).max(2100).nullable().catch(null);
const Label = z.string().catch('');

/** A value chosen from one of the workshop's own pick lists (stored as the entry's label). */
const fromPickList = (label: string, list: 'themes' | 'populations') => ({
  ...value(label, Label, '', 'choice'),
  pickList: list,
});

const valueWithYear = (amount: string, year: StoredValue) =>
  [amount, year === null ? '' : `(${year})`].filter(Boolean).join(' ');

const pickList = (root: string, idPrefix: string, title: string, noun: string) =>
  section({
    root,
    idPrefix,
    title,
    noun,
    prefix: null,
    headline: 'label',
    fields: { label: value('Label', Label, '', 'choice') },
    columns: ['label'],
    report: 'groups',
    import: [{ field: 'label', aliases: ['name'] }],
    alwaysInHash: true,
  });

export const COLLECTIONS = {
  themes: pickList('themes', 'th', 'Themes', 'Theme'),
  populations: pickList('populations', 'po', 'Populations of interest', 'Population'),
  agenda: section({
    root: 'agenda',
    idPrefix: 's',
    title: 'Agenda',
    noun: 'Session',
    prefix: null,
    headline: 'title',
    fields: {
      /** `HH:MM`, local to the workshop venue. */
      start: value(
        'Start',
        z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), z.literal('')]).catch(''),
        '',
        'time',
      ),
      durationMinutes: value(
        'Minutes',
        z
          .number()
          .int()
          .min(0)
          .max(24 * 60)
          .catch(0),
        30,
        'number',
      ),
      title: text('Session'),
      kind: value('Format', SESSION_KIND.schema.catch('plenary'), 'plenary', 'choice', SESSION_KIND.words),
      facilitator: text('Facilitator'),
    },
    columns: ['start', 'durationMinutes', 'title', 'kind', 'facilitator'],
    report: [
      { field: 'start', weight: 1 },
      { field: 'durationMinutes', weight: 1 },
      { field: 'title', weight: 5 },
      { field: 'kind', weight: 1.4 },
      { field: 'facilitator', weight: 2.5 },
    ],
    import: [
      { field: 'start', aliases: ['time', 'start time'] },
      { field: 'durationMinutes', aliases: ['duration', 'duration (minutes)', 'minutes'] },
      { field: 'title', aliases: ['topic'] },
      { field: 'kind', aliases: ['type'] },
      { field: 'facilitator', aliases: ['lead', 'moderator'] },
    ],
    alwaysInHash: true,
  }),
  findings: section({
    root: 'findings',
    idPrefix: 'f',
    title: 'Findings',
    noun: 'Finding',
    prefix: 'F',
    headline: 'evidence',
    fields: {
      theme: fromPickList('Theme', 'themes'),
      population: fromPickList('Population group', 'populations'),
      /** Plain-text rendering of the rich evidence (the rich form stays in the Y.Doc). */
      evidence: rich('Evidence'),
      source: text('Source'),
      status: value(
        'Validation status',
        FINDING_STATUS.schema.catch('draft'),
        'draft',
        'choice',
        FINDING_STATUS.words,
      ),
      dissent: text('Dissent'),
    },
    columns: ['theme', 'population', 'evidence', 'source', 'status', 'dissent'],
    report: [
      { field: 'evidence', weight: 6 },
      { field: 'source', weight: 2.4 },
      { field: 'status', title: 'Validation', weight: 1.5 },
      { field: 'dissent', weight: 2.4 },
    ],
    import: [
      { field: 'theme', aliases: ['topic', 'area'] },
      { field: 'population', aliases: ['population of interest', 'group'] },
      { field: 'evidence', aliases: ['finding', 'findings', 'description', 'text'] },
      { field: 'source', aliases: ['evidence source', 'reference'] },
      { field: 'status', aliases: ['validation'] },
      { field: 'dissent', aliases: ['dissent note', 'dissenting views'] },
    ],
    alwaysInHash: true,
  }),
  recommendations: section({
    root: 'recommendations',
    idPrefix: 'r',
    title: 'Recommendations',
    noun: 'Recommendation',
    prefix: 'R',
    headline: 'text',
    fields: {
      text: text('Recommendation'),
      findingIds: linksTo('Answers findings', 'findings'),
      agency: text('Responsible agency'),
      reasoning: text('Reasoning'),
      status: value(
        'Status',
        RECOMMENDATION_STATUS.schema.catch('draft'),
        'draft',
        'choice',
        RECOMMENDATION_STATUS.words,
      ),
      /** Written by the server when a vote closes (shared/votes.ts), e.g. "#1 · 14 dots". */
      priority: value('Priority', z.string().catch(''), '', 'choice'),
    },
    columns: ['text', 'findingIds', 'agency', 'priority', 'status', 'reasoning'],
    report: [
      { field: 'text', weight: 5 },
      { field: 'findingIds', weight: 1.7 },
      { field: 'agency', weight: 2 },
      { field: 'priority', weight: 1.5 },
      { field: 'status', weight: 1.3 },
      { field: 'reasoning', weight: 4 },
    ],
    import: [
      { field: 'text', aliases: ['recommendation', 'recommendations', 'description'] },
      { field: 'findingIds', aliases: ['findings', 'finding', 'answers'] },
      { field: 'agency', aliases: ['responsible', 'lead agency', 'responsibility'] },
      { field: 'reasoning', aliases: ['rationale', 'justification'] },
      { field: 'status' },
    ],
    alwaysInHash: true,
  }),
  targets: section({
    root: 'targets',
    idPrefix: 't',
    title: 'Targets',
    noun: 'Target',
    prefix: 'T',
    headline: 'indicator',
    fields: {
      indicator: text('Indicator'),
      disaggregation: text('Disaggregation'),
      baselineValue: text('Baseline value'),
      baselineYear: value('Baseline year', Year, null, 'year'),
      targetValue: text('Target value'),
      targetYear: value('Target year', Year, null, 'year'),
      dataSource: text('Data source'),
      framework: value(
        'Framework',
        z.union([FRAMEWORK.schema, z.literal('')]).catch(''),
        '',
        'choice',
        FRAMEWORK.words,
      ),
      progress: value(
        'Progress',
        PROGRESS_STATUS.schema.catch('no-data'),
        'no-data',
        'choice',
        PROGRESS_STATUS.words,
      ),
    },
    columns: [
      'indicator',
      'disaggregation',
      'baselineValue',
      'baselineYear',
      'targetValue',
      'targetYear',
      'dataSource',
      'framework',
      'progress',
    ],
    report: [
      { field: 'indicator', weight: 4 },
      { field: 'disaggregation', weight: 2.3 },
      { title: 'Baseline', weight: 1.6, cell: (t) => valueWithYear(t.baselineValue, t.baselineYear) },
      { title: 'Target', weight: 1.6, cell: (t) => valueWithYear(t.targetValue, t.targetYear) },
      { field: 'dataSource', weight: 2 },
      { field: 'framework', weight: 1.6 },
      { field: 'progress', weight: 1.6 },
    ],
    import: [
      { field: 'indicator' },
      { field: 'disaggregation', aliases: ['population disaggregation', 'population'] },
      { field: 'baselineValue', aliases: ['baseline'] },
      { field: 'baselineYear' },
      { field: 'targetValue', aliases: ['target'] },
      { field: 'targetYear' },
      { field: 'dataSource', aliases: ['source'] },
      { field: 'framework', aliases: ['framework reference', 'sdg', 'raf'] },
      { field: 'progress', aliases: ['progress status', 'status'] },
    ],
    alwaysInHash: true,
  }),
  actionPlan: section({
    root: 'actionPlan',
    idPrefix: 'a',
    title: 'Action plan',
    noun: 'Row',
    prefix: 'A',
    headline: 'activity',
    fields: {
      objective: text('Objective'),
      activity: text('Activity'),
      leadAgency: text('Lead agency'),
      partners: text('Partners'),
      start: value('Start', DateText, '', 'date'),
      end: value('End', DateText, '', 'date'),
      cost: text('Cost'),
      fundingSource: text('Funding source'),
      indicator: text('Indicator'),
      verification: text('Means of verification'),
      recommendationIds: linksTo('Recommendations', 'recommendations'),
      targetIds: linksTo('Targets', 'targets'),
      risks: text('Risks and assumptions'),
    },
    columns: [
      'objective',
      'activity',
      'leadAgency',
      'partners',
      'start',
      'end',
      'cost',
      'fundingSource',
      'indicator',
      'verification',
      'recommendationIds',
      'targetIds',
      'risks',
    ],
    report: [
      { field: 'objective', weight: 2.4 },
      { field: 'activity', weight: 3 },
      { field: 'leadAgency', weight: 1.6 },
      { field: 'partners', weight: 1.6 },
      { field: 'start', weight: 1.75 },
      { field: 'end', weight: 1.75 },
      { field: 'cost', weight: 1.1 },
      { field: 'fundingSource', weight: 1.5 },
      { field: 'indicator', weight: 2 },
      { field: 'verification', weight: 1.8 },
      { field: 'recommendationIds', weight: 2.1 },
      { field: 'targetIds', weight: 1.3 },
      { field: 'risks', weight: 2 },
    ],
    import: [
      { field: 'objective' },
      { field: 'activity', aliases: ['activities', 'action'] },
      { field: 'leadAgency', aliases: ['lead', 'responsible agency', 'agency'] },
      { field: 'partners', aliases: ['partner agencies', 'supporting agencies'] },
      { field: 'start', aliases: ['start date', 'from', 'begin'] },
      { field: 'end', aliases: ['end date', 'to', 'until'] },
      { field: 'cost', aliases: ['budget', 'estimated cost'] },
      { field: 'fundingSource', aliases: ['funding', 'source of funding'] },
      { field: 'indicator' },
      { field: 'verification', aliases: ['mov'] },
      { field: 'recommendationIds', aliases: ['recommendation'] },
      { field: 'targetIds', aliases: ['target'] },
      { field: 'risks', aliases: ['assumptions', 'risks/assumptions'] },
    ],
    alwaysInHash: true,
  }),
} as const satisfies { [C in CollectionName]: SectionShape };

export type Collections = typeof COLLECTIONS;
export type FieldsOf<C extends CollectionName> = Collections[C]['fields'];
export type FieldName<C extends CollectionName> = keyof FieldsOf<C> & string;
export type ItemOf<C extends CollectionName> = RowOf<FieldsOf<C>>;

/** A section's definition with its fields seen generically, for code that walks every section. */
export function sectionDef(name: CollectionName): SectionDef {
  return COLLECTIONS[name] as unknown as SectionDef;
}

/** The display label of the item at `index` of the current order (F1, R2…); links are by id. */
export function itemLabel(name: CollectionName, index: number): string {
  return `${COLLECTIONS[name].prefix ?? ''}${index + 1}`;
}

/** Display labels of items in order (F1, F2…), by item id. */
export function labelsById(name: CollectionName, items: ReadonlyArray<{ id: string }>): Map<string, string> {
  return new Map(items.map((item, index) => [item.id, itemLabel(name, index)]));
}

/** The words shown for a stored value: its vocabulary's word, else the value as typed. */
export function valueWords(field: FieldDef, stored: unknown): string {
  if (stored === null || stored === undefined) return '';
  const raw = String(stored);
  return field.kind === 'value' ? (field.words?.[raw] ?? raw) : raw;
}

/** Which collection a link field points to. */
export function linkTarget(field: FieldDef & { kind: 'links' }): CollectionName {
  return field.to as CollectionName;
}
