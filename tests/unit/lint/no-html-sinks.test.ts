import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue 6: comments and other typed text are shown as text only. `npm run check` lints src/ with
 * a rule against every way of putting a string into the DOM as HTML; this proves the rule is on
 * for app code and catches each sink, so removing it from eslint.config.js fails a test.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(code: string, filePath = 'src/features/rating/Example.tsx') {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
}

describe('no HTML sinks in app code', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const C = ({ c }: { c: string }) => <p dangerouslySetInnerHTML={{ __html: c }} />;\n',
    ],
    ['innerHTML', 'export function show(el: HTMLElement, c: string) {\n  el.innerHTML = c;\n}\n'],
    ['outerHTML', 'export function show(el: HTMLElement, c: string) {\n  el.outerHTML = c;\n}\n'],
    [
      'insertAdjacentHTML',
      "export function show(el: HTMLElement, c: string) {\n  el.insertAdjacentHTML('beforeend', c);\n}\n",
    ],
    ['document.write', 'export function show(c: string) {\n  document.write(c);\n}\n'],
  ])(
    'refuses %s',
    async (sink, code) => {
      const hits = await ruleHits(code);
      expect(hits).toHaveLength(1);
      expect(hits[0]?.message).toContain(sink);
    },
    60_000,
  );

  it('lets text go through React children and textContent', async () => {
    const code =
      'export const C = ({ c }: { c: string }) => <p>{c}</p>;\nexport function show(el: HTMLElement, c: string) {\n  el.textContent = c;\n}\n';
    expect(await ruleHits(code)).toEqual([]);
  }, 60_000);

  it('holds for the service worker and the server too', async () => {
    const code = 'export function show(el: HTMLElement, c: string) {\n  el.innerHTML = c;\n}\n';
    expect(await ruleHits(code, 'src/sw/example.ts')).toHaveLength(1);
    expect(await ruleHits(code, 'src/server/example.ts')).toHaveLength(1);
  }, 60_000);
});
