import type { JSX } from 'solid-js';

/**
 * A translated sentence with elements in some of its placeholders, so a word order that differs by
 * language still puts the element where the language wants it: `rich(t('shell.header.youAre'),
 * { role: <strong>…</strong> })`. Give `t` only the plain-text arguments; the placeholders named in
 * `parts` are left in the template for this to fill. Call it inside JSX, so a language switch redoes it.
 */
export function rich(template: string, parts: Record<string, JSX.Element>): JSX.Element[] {
  return template
    .split(/\{\{\s*(\w+)\s*\}\}/)
    .map((piece, index) => (index % 2 === 0 ? piece : (parts[piece] ?? `{{${piece}}}`)))
    .filter((piece) => piece !== '');
}
