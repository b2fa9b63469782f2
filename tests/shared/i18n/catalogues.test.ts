import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import { LANGUAGES, LANGUAGE_CODES } from '../../../shared/i18n/languages.js';
import { PLURAL_CATEGORIES } from '../../../shared/i18n/messages.js';

/**
 * The type system already refuses a catalogue missing a key; these check what types cannot: no
 * empty or leftover-English-shaped values, the same placeholders as English, plural forms fitting
 * the language's CLDR rules, and no key a language has that English lacks.
 */
type Node = string | { [key: string]: Node };

function leaves(node: Node, path = ''): Map<string, Node> {
  const out = new Map<string, Node>();
  if (typeof node === 'string' || isPlural(node)) {
    out.set(path, node);
    return out;
  }
  for (const [key, child] of Object.entries(node)) {
    for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
  }
  return out;
}

const strings = (node: Node): string[] =>
  typeof node === 'string' ? [node] : Object.values(node).flatMap((child) => strings(child));

function isPlural(node: Node): node is Record<string, string> {
  return typeof node === 'object' && typeof node.other === 'string';
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = leaves(CATALOGUES.en as unknown as Node);

describe('catalogues', () => {
  it('has a catalogue for every language, with English messages to follow', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(english.size).toBeGreaterThan(300);
  });

  for (const code of LANGUAGE_CODES) {
    describe(`${code} (${LANGUAGES[code].name})`, () => {
      const messages = leaves(CATALOGUES[code] as unknown as Node);
      const categories = new Intl.PluralRules(LANGUAGES[code].intl).resolvedOptions().pluralCategories;

      it('has exactly the keys English has', () => {
        expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
        expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
      });

      it('has no empty message', () => {
        const empty = [...messages].filter(([, value]) =>
          typeof value === 'string'
            ? !value.trim()
            : Object.values(value).some((form) => !String(form).trim()),
        );
        expect(empty.map(([key]) => key)).toEqual([]);
      });

      it('keeps the placeholders of English in every message and plural form', () => {
        const wrong: string[] = [];
        for (const [key, value] of messages) {
          const source = english.get(key);
          if (source === undefined) continue;
          const wanted = placeholders(
            typeof source === 'string' ? source : (source as Record<string, string>).other!,
          );
          const forms = typeof value === 'string' ? { other: value } : (value as Record<string, string>);
          for (const [form, text] of Object.entries(forms)) {
            // A language may spell a one-form without the number ("one person" as "a person").
            const got = placeholders(text);
            const ok =
              JSON.stringify(got) === JSON.stringify(wanted) ||
              (form !== 'other' &&
                JSON.stringify(got) === JSON.stringify(wanted.filter((p) => p !== 'count')));
            if (!ok) wrong.push(`${key}.${form}: ${JSON.stringify(got)} ≠ ${JSON.stringify(wanted)}`);
          }
        }
        expect(wrong).toEqual([]);
      });

      it('gives plural forms only in categories the language has, and either just `other` or every category it has', () => {
        const wrong: string[] = [];
        for (const [key, value] of messages) {
          const source = english.get(key);
          if (typeof source === 'object' && typeof value === 'string') wrong.push(`${key}: not plural forms`);
          if (typeof value !== 'object') continue;
          for (const form of Object.keys(value)) {
            if (!(PLURAL_CATEGORIES as readonly string[]).includes(form))
              wrong.push(`${key}.${form}: no such category`);
            else if (!categories.includes(form as Intl.LDMLPluralRule))
              wrong.push(`${key}.${form}: not used in ${code}`);
          }
          // Only `other` is a phrasing that does not depend on the number ("Supporters: 3"); any more,
          // and every form the language uses must be there (Arabic: a one/other pair is wrong for 2 or 3).
          if (Object.keys(value).length === 1) continue;
          for (const category of categories) {
            if (!(category in value)) wrong.push(`${key}: lacks ${category}`);
          }
        }
        expect(wrong).toEqual([]);
      });
    });
  }

  it('translates: no non-English catalogue copies most of its messages from English', () => {
    for (const code of LANGUAGE_CODES.filter((c) => c !== 'en')) {
      const messages = leaves(CATALOGUES[code] as unknown as Node);
      // Messages that are only placeholders and punctuation (`{{label}} · {{name}}`) are the same everywhere.
      const words = (value: Node) =>
        strings(value).some((text) => /\p{L}{2,}/u.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')));
      const same = [...messages].filter(
        ([key, value]) => words(value) && JSON.stringify(value) === JSON.stringify(english.get(key)),
      );
      // Acronyms, codes and names (PDF, SDG 16.9, "Gantt") legitimately stay as they are.
      expect(same.length / messages.size, `${code}: ${same.map(([k]) => k).join(', ')}`).toBeLessThan(0.05);
    }
  });
});
