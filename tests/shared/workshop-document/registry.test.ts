import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  canonicalContent,
  canonicalJson,
  createItem,
  diffContent,
  itemText,
  orderedItems,
  readWorkshopContent,
  restoreContent,
  sectionDef,
  valueWords,
} from '../../../shared/workshop-document/index.js';
import { withExtraSection } from '../../helpers/extra-section.js';
import { goldenDocument } from './golden-document.js';

const hashOf = (doc: Y.Doc) =>
  createHash('sha256')
    .update(canonicalJson(canonicalContent(doc)), 'utf8')
    .digest('hex');

/** Computed by the code that saved the first versions (before the registry), on goldenDocument(). */
const GOLDEN_HASH = 'd54f938a28ea0911f34e7f562b3229d8825a239c83483aef6b6055455992b86f';

describe('the section registry', () => {
  it('renders a document saved before it exactly as the code that hashed it did', () => {
    expect(hashOf(goldenDocument())).toBe(GOLDEN_HASH);
  });

  it('leaves every earlier hash unchanged when a section is added, until the section has items', async () => {
    await withExtraSection(() => {
      const doc = goldenDocument();
      expect(hashOf(doc)).toBe(GOLDEN_HASH);
      createItem(doc, 'riskRegister' as never, { risk: 'Budget cut' });
      expect(hashOf(doc)).not.toBe(GOLDEN_HASH);
      expect(canonicalContent(doc)['riskRegister' as never]).toEqual([
        expect.objectContaining({ risk: 'Budget cut', likelihood: '' }),
      ]);
    });
  });

  it('puts every section in the content, the diff and restore', async () => {
    await withExtraSection(() => {
      const source = goldenDocument();
      for (const name of COLLECTION_NAMES) createItem(source, name, {}, { id: `${name}-new` });
      const target = goldenDocument();
      const diff = diffContent(canonicalContent(target), canonicalContent(source));
      restoreContent(target, source);
      for (const name of COLLECTION_NAMES) {
        expect(
          diff[name].added.map((item) => item.id),
          name,
        ).toEqual([`${name}-new`]);
        expect(
          orderedItems(target, name).map((item) => item.get('id')),
          name,
        ).toContain(`${name}-new`);
      }
      expect(hashOf(target)).toBe(hashOf(source));
    });
    const content = readWorkshopContent(goldenDocument());
    for (const name of COLLECTION_NAMES) expect(Array.isArray(content[name]), name).toBe(true);
  });

  it('restores a field typed after the version as the smallest edit, whatever its kind', () => {
    const version = goldenDocument();
    const live = goldenDocument();
    const row = orderedItems(live, 'actionPlan')[0]!;
    itemText(row, 'activity').insert(0, 'Draft ');
    row.set('start', '2028-01-01');
    restoreContent(live, version);
    expect(hashOf(live)).toBe(GOLDEN_HASH);
  });

  it('declares every shown column, headline and import column as a field of its section', () => {
    for (const name of COLLECTION_NAMES) {
      const def = sectionDef(name);
      const fields = Object.keys(def.fields);
      expect(fields, name).toContain(def.headline);
      for (const column of def.columns) expect(fields, name).toContain(column);
      for (const column of def.import) expect(fields, name).toContain(column.field);
      if (def.report !== 'groups')
        for (const column of def.report) if ('field' in column) expect(fields, name).toContain(column.field);
      for (const field of Object.values(def.fields))
        if (field.kind === 'links') expect(COLLECTION_NAMES, name).toContain(field.to);
    }
  });

  it('gives the words for stored values', () => {
    expect(valueWords(COLLECTIONS.targets.fields.progress, 'no-data')).toBe('No data');
    expect(valueWords(COLLECTIONS.targets.fields.progress, 'stagnation-regression')).toBe(
      'Stagnation / regression',
    );
    expect(valueWords(COLLECTIONS.agenda.fields.kind, 'group')).toBe('Groups');
    // A value outside the vocabulary (written by an older or misbehaving client) shows as stored.
    expect(valueWords(COLLECTIONS.findings.fields.status, 'odd')).toBe('odd');
  });
});
