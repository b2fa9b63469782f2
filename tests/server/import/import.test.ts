import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPickListEntries,
  importFields,
  pickListOf,
  type ImportOptions,
  type SourceFormat,
} from '../../../shared/import.js';
import {
  COLLECTION_NAMES,
  createItem,
  itemLabel,
  readWorkshopContent,
  seedTemplate,
  type CollectionName,
  type FieldDef,
} from '../../../shared/workshop-document/index.js';
import { renderActionPlanCsv } from '../../../server/export/action-plan-csv.js';
import { renderActionPlanXlsx, renderWorkshopXlsx } from '../../../server/export/xlsx.js';
import { guessMapping, importContext } from '../../../server/import/import-rows.js';
import { runImportTask } from '../../../server/import/import-task.js';
import { withExtraSection } from '../../helpers/extra-section.js';
import { fillFixture } from '../export/fixture.js';

function workshopDoc(fill = false): Y.Doc {
  const doc = new Y.Doc();
  seedTemplate(doc);
  if (fill) fillFixture(doc);
  return doc;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function importInto(
  doc: Y.Doc,
  collection: CollectionName,
  body: string | Uint8Array,
  options: ImportOptions & { format?: SourceFormat; build?: boolean } = {},
) {
  const outcome = await runImportTask({
    collection,
    format: options.format ?? 'csv',
    bytes: typeof body === 'string' ? bytesOf(body) : body,
    context: importContext(doc, collection),
    options,
    build: options.build ?? false,
  });
  if (!outcome.ok) throw new Error(`${outcome.status} ${outcome.message}`);
  // As the import service does: pick-list entries on the document itself, then the rows' update.
  if (outcome.update) {
    addPickListEntries(doc, outcome.preview.addToPickLists);
    Y.applyUpdate(doc, outcome.update);
  }
  return outcome;
}

/** Items without their id and position, to compare content. */
const fieldsOnly = <T extends { id: string; position: string }>(rows: T[]) =>
  rows.map(({ id: _id, position: _position, ...rest }) => rest);

describe('header guessing', () => {
  it('maps headers by label, field name or alias in any letter case and spacing', () => {
    expect(
      guessMapping('actionPlan', [
        '#',
        'ACTIVITY',
        'lead   agency',
        'Start date',
        'leadAgency',
        'Means of Verification',
        'MoV',
        'notes',
      ]),
    ).toEqual([null, 'activity', 'leadAgency', 'start', null, 'verification', null, null]);
    expect(
      guessMapping('findings', [
        'Topic',
        'population of interest',
        'Finding',
        'Validation Status',
        'dissent-note',
      ]),
    ).toEqual(['theme', 'population', 'evidence', 'status', 'dissent']);
    // A label wins over an alias: "Population" is the targets' disaggregation only when nothing else claims it.
    expect(guessMapping('targets', ['Indicator', 'Population', 'Status', 'Progress'])).toEqual([
      'indicator',
      'disaggregation',
      null,
      'progress',
    ]);
  });
});

describe('reading rows', () => {
  it('keeps quoted cells with commas, quotes and line breaks, and rich text gets one paragraph per line', async () => {
    const doc = workshopDoc();
    const csv =
      'Theme,Population group,Evidence,Source\r\n' +
      '"Legal framework","Refugees","First line, with a comma\r\nSecond ""quoted"" line","Desk review"\r\n';
    const { preview } = await importInto(doc, 'findings', csv, { build: true });
    expect(preview.rows[0]!.values.evidence).toBe('First line, with a comma\nSecond "quoted" line');
    expect(readWorkshopContent(doc).findings.at(-1)!.evidence).toBe(
      'First line, with a comma\nSecond "quoted" line',
    );
  });

  it('reads tab-separated and semicolon-separated text', async () => {
    const doc = workshopDoc();
    const tsv = 'Indicator\tBaseline year\tTarget year\nBirths registered, under 5\t2023\t2030\n';
    expect((await importInto(doc, 'targets', tsv, { format: 'tsv' })).preview.rows[0]!.values).toMatchObject({
      indicator: 'Births registered, under 5',
      baselineYear: 2023,
      targetYear: 2030,
    });
    const semicolons = 'Indicator;Baseline value\nCoverage;42,5%\n';
    expect((await importInto(doc, 'targets', semicolons)).preview.rows[0]!.values).toMatchObject({
      indicator: 'Coverage',
      baselineValue: '42,5%',
    });
  });

  it('keeps formulas as text, never evaluated, and reads back cells our CSV export neutralised', async () => {
    const doc = workshopDoc();
    const csv = 'Activity,Cost,Risks\n=SUM(A1),"\'=1+1","@cmd|\' /C calc\'!A0"\n';
    const { preview } = await importInto(doc, 'actionPlan', csv);
    expect(preview.rows[0]!.values).toMatchObject({
      activity: '=SUM(A1)',
      cost: '=1+1',
      risks: "@cmd|' /C calc'!A0",
    });
  });

  it('makes a bad date or year a problem of its row, which is skipped unless fixed', async () => {
    const doc = workshopDoc();
    const csv =
      'Activity,Start,End\nGood,2027-01-01,2027-02-28\nBad date,2027-02-30,\nWords,next spring,2027-13-01\n';
    const { preview } = await importInto(doc, 'actionPlan', csv);
    expect(preview.rows.map((row) => row.errors.map((e) => `${e.code}:${e.field}`))).toEqual([
      [],
      ['invalid_date:start'],
      ['invalid_date:start', 'invalid_date:end'],
    ]);
    expect([preview.valid, preview.skipped]).toEqual([1, 2]);
    const years = await importInto(
      doc,
      'targets',
      'Indicator,Baseline year,Target year\nA,20x3,2030\nB,1800,2030.5\n',
    );
    expect(years.preview.rows.map((row) => row.errors.map((e) => e.code))).toEqual([
      ['invalid_year'],
      ['invalid_year', 'invalid_year'],
    ]);
    const fixed = await importInto(doc, 'actionPlan', csv, { fixes: { '3': { start: '2027-02-28' } } });
    expect(fixed.preview.rows[1]!.errors).toEqual([]);
    expect(fixed.preview.rows[1]!.values.start).toBe('2027-02-28');
  });

  it('maps vocabulary words and stored values to the stored value', async () => {
    const doc = workshopDoc();
    const csv =
      'Indicator,Progress,Framework\nA,No data,sdg 16.9\nB,stagnation-regression,RAF 2B\nC,Stagnation / Regression,\nD,somewhat,RAF 9Z\n';
    const { preview } = await importInto(doc, 'targets', csv);
    expect(preview.rows.map((row) => [row.values.progress, row.values.framework])).toEqual([
      ['no-data', 'SDG 16.9'],
      ['stagnation-regression', 'RAF 2B'],
      ['stagnation-regression', ''],
      [undefined, undefined],
    ]);
    expect(preview.rows[3]!.errors.map((e) => e.code)).toEqual(['invalid_value', 'invalid_value']);
    const findings = await importInto(doc, 'findings', 'Evidence,Status\nx,Validated\ny,VALIDATED\n');
    expect(findings.preview.rows.map((row) => row.values.status)).toEqual(['validated', 'validated']);
  });

  it('resolves link labels to the linked items’ ids and reports an unknown label', async () => {
    const doc = workshopDoc(true);
    const csv = 'Activity,Recommendations,Targets\nA,"R1, r2",T1\nB,R1; R9,\nC,"R2, (1 deleted)",\n';
    const { preview } = await importInto(doc, 'actionPlan', csv);
    expect(preview.rows[0]!.values).toMatchObject({
      recommendationIds: ['r-witness', 'r-fees'],
      targetIds: ['t-coverage'],
    });
    expect(preview.rows[1]!.errors).toEqual([
      expect.objectContaining({ code: 'unknown_link', field: 'recommendationIds', value: 'R1; R9' }),
    ]);
    expect(preview.rows[2]!.values.recommendationIds).toEqual(['r-fees']);
  });

  it('asks about a theme or population not in the pick lists: add it, or map it to an entry', async () => {
    const doc = workshopDoc();
    const csv =
      'Theme,Population,Evidence\nlegal framework,Refugees,a\nBirth certificates,Refugees,b\nBirth certificates,Nomads,c\n';
    const undecided = await importInto(doc, 'findings', csv);
    expect(undecided.preview.rows[0]!.values.theme).toBe('Legal framework');
    expect(undecided.preview.unknownChoices).toEqual([
      { field: 'theme', list: 'themes', value: 'Birth certificates', rows: [3, 4], decision: null },
      { field: 'population', list: 'populations', value: 'Nomads', rows: [4], decision: null },
    ]);
    expect([undecided.preview.valid, undecided.preview.skipped]).toEqual([1, 2]);

    const decided = await importInto(doc, 'findings', csv, {
      build: true,
      choices: {
        theme: { 'birth certificates': { add: true } },
        population: { Nomads: { mapTo: 'undocumented migrants' } },
      },
    });
    expect([decided.preview.valid, decided.preview.skipped]).toEqual([3, 0]);
    const content = readWorkshopContent(doc);
    expect(content.themes.at(-1)!.label).toBe('Birth certificates');
    expect(content.findings.map((f) => [f.theme, f.population])).toEqual([
      ['Legal framework', 'Refugees'],
      ['Birth certificates', 'Refugees'],
      ['Birth certificates', 'Undocumented migrants'],
    ]);
  });

  it('takes an edited mapping, and refuses one that names a field twice or one that does not exist', async () => {
    const doc = workshopDoc();
    const csv = 'Notes,Evidence\nkeep this,not this\n';
    const { preview } = await importInto(doc, 'findings', csv, { mapping: ['evidence', null] });
    expect(preview.rows[0]!.values).toEqual({ evidence: 'keep this' });
    await expect(importInto(doc, 'findings', csv, { mapping: ['evidence', 'evidence'] })).rejects.toThrow(
      /two columns/,
    );
    await expect(importInto(doc, 'findings', csv, { mapping: ['priority', null] })).rejects.toThrow(
      /no importable field/,
    );
    await expect(importInto(doc, 'findings', csv, { mapping: ['evidence'] })).rejects.toThrow(/2 columns/);
  });

  it('adds a new pick-list entry only for rows that are imported', async () => {
    const doc = workshopDoc();
    const csv = 'Theme,Evidence,Status\nBirth certificates,a,nonsense\nLegal framework,b,draft\n';
    const choices = { theme: { 'Birth certificates': { add: true as const } } };
    const skipped = await importInto(doc, 'findings', csv, { choices });
    expect(skipped.preview.rows[0]!.errors.map((error) => error.field)).toEqual(['status']);
    expect(skipped.preview.addToPickLists.themes).toEqual([]);
    // Once the row is fixed it imports, and brings its new theme with it.
    const fixed = await importInto(doc, 'findings', csv, {
      choices,
      fixes: { '2': { status: 'Validated' } },
    });
    expect(fixed.preview.valid).toBe(2);
    expect(fixed.preview.addToPickLists.themes).toEqual(['Birth certificates']);
  });

  it('adds a pick-list entry someone added meanwhile only once', () => {
    const doc = workshopDoc();
    const labels = () => readWorkshopContent(doc).themes.map((theme) => theme.label);
    // Between the import's reading of the lists and its write, a facilitator adds the theme by hand.
    createItem(doc, 'themes', { label: 'birth  certificates' });
    const before = labels();
    addPickListEntries(doc, { themes: ['Birth certificates', 'Digital registration'], populations: [] });
    expect(labels()).toEqual([...before, 'Digital registration']);
  });

  it('tells Thai labels apart by their vowels and tone marks', async () => {
    const doc = workshopDoc();
    doc.transact(() => {
      // Two different words that differ only in their marks: ผู้ลี้ภัย (refugees) and ผลภย.
      createItem(doc, 'populations', { label: 'ผู้ลี้ภัย' });
    });
    const csv = 'Population,Evidence\nผลภย,a\nผู้ลี้ภัย,b\n';
    const { preview } = await importInto(doc, 'findings', csv);
    expect(preview.rows[1]!.values.population).toBe('ผู้ลี้ภัย');
    expect(preview.unknownChoices.map((choice) => choice.value)).toEqual(['ผลภย']);
  });

  it('refuses a file far wider than any section, with a clear message', async () => {
    const doc = workshopDoc();
    const csv = `${Array.from({ length: 600 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(599)}x\n`;
    await expect(importInto(doc, 'findings', csv)).rejects.toThrow(/413 the file has 600 columns/);
  });

  it('refuses more rows than one import takes, with a clear message', async () => {
    const doc = workshopDoc();
    const csv = `Evidence\n${Array.from({ length: 1001 }, (_, i) => `row ${i}`).join('\n')}\n`;
    await expect(importInto(doc, 'findings', csv)).rejects.toThrow(
      /413 the file has 1,001 rows; an import takes at most 1,000/,
    );
  });
});

describe('XLSX', () => {
  it('reads a formula cell as its cached result, or as its formula text when the file has none', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['Activity', 'Cost', 'Start', 'Partners']);
    sheet.addRow([
      { formula: 'A1&"!"', result: 'Computed by Excel' },
      { formula: 'SUM(B5:B9)' },
      new Date(Date.UTC(2027, 2, 1)),
      { richText: [{ text: 'UN' }, { text: 'HCR', font: { bold: true } }] },
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const doc = workshopDoc();
    const { preview } = await importInto(doc, 'actionPlan', bytes, { format: 'xlsx' });
    expect(preview.rows[0]!.values).toMatchObject({
      activity: 'Computed by Excel',
      cost: '=SUM(B5:B9)',
      start: '2027-03-01',
      partners: 'UNHCR',
    });
  });

  it('reads the sheet named like the section from a workshop.xlsx', async () => {
    const source = workshopDoc(true);
    const bytes = await renderWorkshopXlsx(readWorkshopContent(source), { title: 'W', date: new Date(0) });
    const target = workshopDoc();
    const { preview } = await importInto(target, 'findings', bytes, { format: 'xlsx' });
    expect(preview.rows.map((row) => row.values.source)).toEqual(
      readWorkshopContent(source).findings.map((f) => f.source),
    );
  });
});

describe('round trips through the project’s own exports', () => {
  it.each(['csv', 'xlsx'] as const)('imports the action-plan %s back to the same rows', async (format) => {
    const doc = workshopDoc(true);
    const before = readWorkshopContent(doc);
    const file =
      format === 'csv'
        ? bytesOf(renderActionPlanCsv(before))
        : await renderActionPlanXlsx(before, { title: 'Round trip', date: new Date(0) });
    const { preview, ids } = await importInto(doc, 'actionPlan', file, { format, build: true });
    expect(preview.mapping[0]).toBeNull();
    expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
    const after = readWorkshopContent(doc).actionPlan;
    expect(after).toHaveLength(before.actionPlan.length * 2);
    expect(after.slice(before.actionPlan.length).map((row) => row.id)).toEqual(ids);
    expect(fieldsOnly(after.slice(before.actionPlan.length))).toEqual(fieldsOnly(before.actionPlan));
  });
});

describe('every section of the registry with import columns', () => {
  const importable = COLLECTION_NAMES.filter((name) => importFields(name).length > 0);

  it('includes a section added to the registry later, with no import code of its own', async () => {
    await withExtraSection(async () => {
      const doc = workshopDoc();
      const { preview, ids } = await importInto(
        doc,
        'riskRegister' as CollectionName,
        'Risk,LIKELIHOOD\nBudget cut,high\n',
        {
          build: true,
        },
      );
      expect(preview.mapping).toEqual(['risk', 'likelihood']);
      expect(ids).toHaveLength(1);
      expect(readWorkshopContent(doc)['riskRegister' as CollectionName]).toEqual([
        expect.objectContaining({ risk: 'Budget cut', likelihood: 'high' }),
      ]);
    });
  });

  it('covers the sections the workshop imports into', () => {
    expect(importable).toEqual(
      expect.arrayContaining(['findings', 'recommendations', 'targets', 'actionPlan']),
    );
  });

  it.each(importable)('%s: a row titled with the field labels fills every import field', async (name) => {
    const doc = workshopDoc(true);
    const before = readWorkshopContent(doc)[name];
    const fields = importFields(name);
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const csv = [
      fields.map(({ def }) => def.label),
      fields.map(({ field, def }) => sampleCell(name, field, def)),
    ]
      .map((row) => row.map(quote).join(','))
      .join('\n');
    const { preview } = await importInto(doc, name, csv, { build: true });
    expect(preview.mapping).toEqual(fields.map(({ field }) => field));
    expect(preview.rows[0]!.errors).toEqual([]);
    const after = readWorkshopContent(doc)[name];
    expect(after).toHaveLength(before.length + 1);
    const created = after.at(-1) as unknown as Record<string, unknown>;
    for (const { field, def } of fields) {
      if (def.kind === 'links') expect(created[field]).toHaveLength(1);
      else
        expect({ field, value: created[field] }).not.toEqual({
          field,
          value: def.kind === 'value' ? def.initial : '',
        });
    }
  });
});

/** A valid, non-default cell for any field, from its registry definition, in the fixture workshop. */
function sampleCell(collection: CollectionName, field: string, def: FieldDef): string {
  if (def.kind === 'links') return itemLabel(def.to as CollectionName, 0);
  if (def.kind !== 'value') return `Imported ${field}`;
  if (def.words) return Object.entries(def.words).find(([stored]) => stored !== def.initial)![1];
  const list = pickListOf(collection, field);
  if (list) return list === 'themes' ? 'Awareness' : 'Refugees';
  return { date: '2027-05-01', year: '2031', number: '45', time: '09:15', choice: 'Imported' }[def.input];
}

describe('row numbers', () => {
  it('are the rows a spreadsheet shows, blank rows counted and dropped', async () => {
    const doc = workshopDoc();
    const { preview } = await importInto(
      doc,
      'findings',
      'Evidence\r\nfirst\r\n\r\n,\r\n"multi\r\nline"\r\nlast\r\n',
    );
    expect(preview.rows.map((row) => [row.index, row.values.evidence])).toEqual([
      [2, 'first'],
      [5, 'multi\nline'],
      [6, 'last'],
    ]);
  });
});
