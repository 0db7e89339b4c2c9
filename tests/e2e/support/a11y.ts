import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (DESIGN.md §6). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The violations, one readable block each: rule, why, and which elements. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes
        .map((node) => `    - ${JSON.stringify(node.target)}\n      ${node.failureSummary ?? ''}`)
        .join('\n');
      return `• ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/**
 * Runs axe-core on the page as it is now and fails with a readable list when anything violates
 * WCAG 2.x A/AA. `label` names the screen state in the message ("search, English").
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not a <script> tag: the server's CSP forbids
  // inline and foreign scripts, and must stay on while the app is tested.
  if (!hasAxe) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async (tags) => {
    // axe is a global the script tag just added; the page's own types do not know it.
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations;
  }, WCAG_TAGS);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} accessibility violation(s) on "${label}":\n` +
        formatViolations(violations as AxeViolation[]),
    );
  }
}
