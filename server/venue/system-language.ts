import { matchLanguage, type Language } from '../../shared/i18n/languages.js';

/**
 * The language of the machine venue mode runs on, from its POSIX locale (`LC_ALL`, `LC_MESSAGES`,
 * `LANG`: `th_TH.UTF-8` → Thai): the facilitator's laptop is set to their language, so the workshop
 * made on its first start gets that language's template. English for `C`, `POSIX` or none of ours.
 */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const tags = [env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .filter((value): value is string => Boolean(value))
    .map((locale) => locale.split(/[.@]/)[0]!.replace('_', '-'));
  return matchLanguage(tags);
}
