import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core's browser build, evaluated in the page rather than added as a `<script>` tag: the app's
 * Content-Security-Policy (`script-src 'self'`) rightly blocks inline scripts, and the page under test
 * must keep the policy it ships with.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 levels A and AA, and nothing else axe checks (best practices are not requirements). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's violations of WCAG 2.1 AA on the page as it is now (the whole document, dialogs open included). */
export async function wcagViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_21_AA,
  );
  return results.violations;
}

/** One line per failing element: the rule, what is wrong, and where (axe's CSS selector). */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${
            node.failureSummary?.replace(/\s+/g, ' ') ?? ''
          }\n    ${node.html.slice(0, 160)}`,
      ),
    )
    .join('\n');
}

/** Fails with every violation spelled out, so a failing run says what to fix. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await wcagViolations(page);
  if (violations.length > 0)
    throw new Error(
      `${where}: ${violations.length} WCAG 2.1 AA rule(s) fail\n${describeViolations(violations)}`,
    );
}
