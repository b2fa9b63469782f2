import { neutralScript, scriptOf, type FontScript } from './fonts.js';

export interface ScriptRun {
  script: FontScript;
  text: string;
}

/**
 * Splits text into runs that one bundled font can draw. Spaces, digits and punctuation stay in the
 * run around them, so "Waive fees — การจด…" switches font once, at the Thai word.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = '';
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (script === null && last && neutralScript(char, last.script) !== last.script) {
      runs.push({ script: 'latin', text: char });
    } else if (script === null) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.script === script) {
      last.text += char;
    } else {
      runs.push({ script, text: pending + char });
      pending = '';
    }
  }
  if (pending) runs.push({ script: 'latin', text: pending });
  return runs;
}

/** Whether a paragraph reads right to left: its first letter is Arabic-script (Unicode's rule P2). */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    const script = scriptOf(char);
    if (script !== null) return script === 'arabic';
  }
  return false;
}
