import type { en } from './catalogue/en.js';

/**
 * The shape every catalogue has: English's, with each string widened. A message is a string with
 * `{{name}}` placeholders, or plural forms (an object with `other`, and any of the CLDR categories
 * a language uses: Thai needs only `other`, Arabic may give all six). A key missing in a language is
 * a type error.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
export type PluralForms = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralForms
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;

type Join<A extends string, B extends string> = `${A}.${B}`;

/**
 * Dotted paths to the leaves of a catalogue that are `Leaf` (a string message, or plural forms); the
 * registry's words (`document`) are read through document-words.ts, not by path.
 */
type PathsTo<T, Leaf> = {
  [K in keyof T & string]: T[K] extends string | PluralForms
    ? T[K] extends Leaf
      ? K
      : never
    : T[K] extends Record<string, unknown>
      ? K extends 'document'
        ? never
        : Join<K, PathsTo<T[K], Leaf>>
      : never;
}[keyof T & string];

/** Dotted paths to the string messages (`home.title`). */
export type MessageKey = PathsTo<Messages, string>;

/** Dotted paths to the plural messages (`shell.peopleHere`). */
export type PluralKey = PathsTo<Messages, PluralForms>;

export type MessageArgs = Record<string, string | number>;
