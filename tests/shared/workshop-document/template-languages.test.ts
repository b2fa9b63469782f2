import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import { LANGUAGE_CODES } from '../../../shared/i18n/languages.js';
import {
  readWorkshopContent,
  seedTemplate,
  templateDocument,
} from '../../../shared/workshop-document/index.js';

const contentOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const content = readWorkshopContent(doc);
  doc.destroy();
  return content;
};

describe('the template in the facilitator’s language', () => {
  const english = contentOf(templateDocument());

  it.each(LANGUAGE_CODES)('%s: the same items with the same ids, in its own words', (language) => {
    const words = CATALOGUES[language].template;
    const seeded = contentOf(templateDocument(words));
    for (const name of ['themes', 'populations', 'agenda'] as const)
      expect(seeded[name].map((item) => item.id)).toEqual(english[name].map((item) => item.id));
    expect(seeded.themes.map((t) => t.label)).toEqual(Object.values(words.themes));
    expect(seeded.agenda.map((s) => [s.start, s.durationMinutes, s.kind])).toEqual(
      english.agenda.map((s) => [s.start, s.durationMinutes, s.kind]),
    );
    expect(seeded.report).toContain(words.reportTitle);
    for (const { heading } of Object.values(words.outline)) expect(seeded.report).toContain(heading);
    if (language !== 'en') expect(seeded.themes[0]!.label).not.toBe(english.themes[0]!.label);
  });

  it('is English when a document is seeded (or migrated) without words', () => {
    const doc = new Y.Doc();
    seedTemplate(doc);
    expect(readWorkshopContent(doc).themes[0]!.label).toBe('Legal framework');
    doc.destroy();
  });

  it('leaves content already there alone, whatever the language', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, templateDocument(CATALOGUES.th.template));
    seedTemplate(doc, CATALOGUES.ar.template);
    expect(readWorkshopContent(doc).themes.map((t) => t.label)).toEqual(
      Object.values(CATALOGUES.th.template.themes),
    );
    doc.destroy();
  });
});
