import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import { GLOSSARY } from '../../../shared/i18n/glossary.js';
import { LANGUAGE_CODES } from '../../../shared/i18n/languages.js';

/** The catalogues keep to the glossary where its terms name the document's own parts. */
describe('glossary', () => {
  for (const code of LANGUAGE_CODES) {
    it(`${code}: section nouns use the glossary's terms`, () => {
      const { sections } = CATALOGUES[code].document;
      const has = (text: string, term: string) =>
        text.toLocaleLowerCase(code).includes(term.toLocaleLowerCase(code));
      expect(has(sections.findings.noun, GLOSSARY.finding[code])).toBe(true);
      expect(has(sections.recommendations.noun, GLOSSARY.recommendation[code])).toBe(true);
      expect(has(sections.targets.noun, GLOSSARY.target[code])).toBe(true);
      expect(has(sections.actionPlan.title, GLOSSARY.actionPlan[code])).toBe(true);
      expect(has(sections.agenda.title, GLOSSARY.agenda[code])).toBe(true);
    });
  }
});
