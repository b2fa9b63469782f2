import { describe, expect, it } from 'vitest';
import type { MessageKey, PluralKey } from '../../../shared/i18n/messages.js';

/** The key types the compiler checks every `t` and `tn` call against (a wrong key fails `tsc`). */
describe('message key types', () => {
  it('tell string messages from plural ones, and leave the registry words out', () => {
    const message: MessageKey = 'common.save';
    const plural: PluralKey = 'shell.nav.gaps';
    // @ts-expect-error: plural forms are not a string message
    const notMessage: MessageKey = 'shell.nav.gaps';
    // @ts-expect-error: a string message has no plural forms
    const notPlural: PluralKey = 'common.save';
    // @ts-expect-error: the registry's words are read through document-words.ts
    const notDocument: MessageKey = 'document.sections.findings.title';
    expect([message, plural, notMessage, notPlural, notDocument]).toHaveLength(5);
  });
});
