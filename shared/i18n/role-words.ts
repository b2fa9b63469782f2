import type { Role } from '../roles.js';
import type { Translator } from './translator.js';

/**
 * A role named on its own or after a name ("Amina (Participant)"), for the app and the exports alike:
 * the catalogue's word (`shell.roles`, as it reads inside a sentence), capitalised where the script
 * has case.
 */
export function roleName(tr: Translator, role: Role): string {
  const word = tr.t(`shell.roles.${role}`);
  return word.charAt(0).toLocaleUpperCase(tr.language) + word.slice(1);
}

/** "Amina (Participant)": a person with the role they acted in. */
export function personWithRoleIn(tr: Translator, person: { name: string; role: Role }): string {
  return tr.t('items.nameWithRole', { name: person.name, role: roleName(tr, person.role) });
}
