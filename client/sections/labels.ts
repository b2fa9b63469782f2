import type { Item } from '../../shared/workshop-document/index.js';

/** Display labels follow the current order (F1, F2…); links are stored by id, so they survive reordering. */
export function numbered(prefix: string, index: number): string {
  return `${prefix}${index + 1}`;
}

export function choiceOptions(choices: Item[]): Array<{ value: string; label: string }> {
  return choices
    .map((choice) => String(choice.get('label') ?? ''))
    .filter(Boolean)
    .map((label) => ({ value: label, label }));
}

/** A one-line summary for pick lists: the label, then the start of a text field. */
export function summary(label: string, text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? `${label} · ${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}` : label;
}
