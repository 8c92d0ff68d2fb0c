import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

type Impact = NonNullable<ImpactValue>;

/** Impacts that fail a journey; `moderate` and `minor` are reported but let it go on. */
export const BLOCKING_IMPACTS: readonly Impact[] = ['critical', 'serious'];
const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface PageCheck {
  step: string;
  url: string;
  counts: Record<Impact, number>;
  violations: { id: string; impact: Impact | null; help: string; nodes: string[] }[];
}

let axeSource: string | undefined;
const loadAxeSource = (): string => {
  axeSource ??= readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
};

const countByImpact = (violations: Result[]): Record<Impact, number> => {
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of violations) {
    if (violation.impact) counts[violation.impact] += 1;
  }
  return counts;
};

/** Runs axe-core in the page as it is now (injected on each call, since a sign-in reloads the document). */
export const runAxe = async (page: Page, step: string): Promise<PageCheck> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(loadAxeSource());
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return {
    step,
    url: page.url(),
    counts: countByImpact(results.violations),
    violations: results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    })),
  };
};

const blocking = (check: PageCheck) => check.violations.filter((violation) => violation.impact && BLOCKING_IMPACTS.includes(violation.impact));

const countsText = (check: PageCheck) => IMPACTS.map((impact) => `${impact} ${check.counts[impact]}`).join(', ');

/** Fails with every serious or critical violation of the page, each with the elements it names. */
export const assertAccessible = (check: PageCheck): void => {
  const found = blocking(check);
  if (found.length === 0) return;
  const lines = found.map((violation) => `  ${violation.impact} ${violation.id}: ${violation.help}\n    ${violation.nodes.join('\n    ')}`);
  throw new Error(`axe found ${found.length} serious or critical violation(s) on "${check.step}" (${check.url}):\n${lines.join('\n')}`);
};

/**
 * The checks of one journey, written as JSON and as a markdown table next to its screenshots,
 * with the pages it passed through (by route) that no step checked.
 */
export const writeAxeReport = (dir: string, journey: string, checks: PageCheck[], unchecked: string[] = []): string => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${journey}.json`), `${JSON.stringify({ journey, checks, unchecked }, null, 2)}\n`);
  const rows = checks.map(
    (check) => `| ${check.step} | ${check.url} | ${IMPACTS.map((impact) => check.counts[impact]).join(' | ')} |`,
  );
  const table = ['| step | page | critical | serious | moderate | minor |', '| --- | --- | --- | --- | --- | --- |', ...rows];
  const passedThrough = unchecked.length > 0 ? `\nPassed through without a check: ${unchecked.join(', ')}\n` : '';
  writeFileSync(join(dir, `${journey}.md`), `# axe: ${journey}\n\n${table.join('\n')}\n${passedThrough}`);
  const lines = checks.map((check) => `axe ${journey} · ${check.step} · ${check.url} · ${countsText(check)}`);
  if (unchecked.length > 0) lines.push(`axe ${journey} · passed through without a check: ${unchecked.join(', ')}`);
  return lines.join('\n');
};
