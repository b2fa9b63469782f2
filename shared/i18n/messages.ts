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

/** Dotted paths to the string messages (`home.title`). */
export type MessageKey<T = Messages> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends PluralForms
      ? never
      : T[K] extends Record<string, unknown>
        ? K extends 'document'
          ? never
          : Join<K, MessageKey<T[K]>>
        : never;
}[keyof T & string];

/** Dotted paths to the plural messages (`shell.peopleHere`). */
export type PluralKey<T = Messages> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends PluralForms
      ? K
      : T[K] extends Record<string, unknown>
        ? K extends 'document'
          ? never
          : Join<K, PluralKey<T[K]>>
        : never;
}[keyof T & string];

export type MessageArgs = Record<string, string | number>;
