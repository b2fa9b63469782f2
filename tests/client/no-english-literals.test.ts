import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every word people read goes through the catalogues. This reads every client component and lists
 * English left in JSX text, in the attributes people read or hear (placeholder, title, aria-*, alt,
 * label), and in string literals a JSX expression shows directly (`{cond ? 'Yes' : 'No'}`).
 * Acronyms (PDF, SDG, QR) and symbols are not words to translate.
 */
const CLIENT = join(import.meta.dirname, '../../client');
const READ_ATTRIBUTES =
  /^(placeholder|title|alt|label|aria-label|aria-description|aria-roledescription|aria-valuetext)$/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** A word with a lowercase letter, two letters or more: "Save", "min"; not "PDF", "F1", "·". */
const isEnglish = (text: string) => /[A-Za-z]*[a-z][A-Za-z]*/.test(text) && /[A-Za-z]{2,}/.test(text);

const isTranslatorCall = (node: Node) =>
  node.type === 'CallExpression' && node.callee.type === 'Identifier' && /^(t|tn)$/.test(node.callee.name);

/** The strings an expression can evaluate to, not looking into calls (`t('key')` is fine). */
function shownStrings(node: Node, out: Array<{ node: Node; text: string }> = []) {
  if (node.type === 'StringLiteral') out.push({ node, text: node.value });
  else if (node.type === 'TemplateLiteral') {
    out.push({ node, text: node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ') });
  } else if (node.type === 'ConditionalExpression') {
    shownStrings(node.consequent, out);
    shownStrings(node.alternate, out);
  } else if (
    node.type === 'LogicalExpression' ||
    (node.type === 'BinaryExpression' && node.operator === '+')
  ) {
    shownStrings(node.left, out);
    shownStrings(node.right, out);
  }
  return out;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key.endsWith('Comments')) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string')
        out.push(child as Node);
    }
  }
  return out;
}

function englishIn(path: string, text = readFileSync(path, 'utf8')): string[] {
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: string[] = [];
  const report = (node: Node, words: string) => {
    if (isEnglish(words))
      found.push(`${relative(CLIENT, path)}:${node.loc?.start.line}: ${words.trim().slice(0, 60)}`);
  };
  const visit = (node: Node, parent: Node | null): void => {
    if (isTranslatorCall(node)) return;
    if (node.type === 'JSXText') report(node, node.value);
    else if (node.type === 'JSXAttribute') {
      const name =
        node.name.type === 'JSXIdentifier'
          ? node.name.name
          : `${node.name.namespace.name}:${node.name.name.name}`;
      if (READ_ATTRIBUTES.test(name)) {
        const value = node.value;
        if (value?.type === 'StringLiteral') report(value, value.value);
        else if (value?.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression') {
          for (const shown of shownStrings(value.expression)) report(shown.node, shown.text);
        }
        return;
      }
    } else if (
      node.type === 'JSXExpressionContainer' &&
      node.expression.type !== 'JSXEmptyExpression' &&
      (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment')
    ) {
      for (const shown of shownStrings(node.expression)) report(shown.node, shown.text);
    }
    for (const child of children(node)) visit(child, node);
  };
  visit(ast.program, null);
  return found;
}

describe('client components', () => {
  const files = componentFiles(CLIENT);

  it('are all read', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('show no English literal: every word is a catalogue message', () => {
    expect(files.flatMap((file) => englishIn(file))).toEqual([]);
  });

  it('would catch one (the scan is not blind)', () => {
    const probe = [
      `const a = <p title="Close it" aria-label={t('common.close')}>Save {ok ? 'Yes' : t('common.no')} · PDF</p>;`,
      "const b = <input placeholder={busy ? 'Saving…' : ''} />;",
      'const c = <span>{count} {`items left`}</span>;',
    ].join('\n');
    expect(englishIn(join(CLIENT, 'probe.tsx'), probe).map((line) => line.replace(/^.*?: /, ''))).toEqual([
      'Close it',
      'Save',
      'Yes',
      'Saving…',
      'items left',
    ]);
  });
});
