// axe-core in the browser (quality.md A1). @axe-core/playwright 4.14 needs Node >= 22.12, so the
// plain axe-core source is injected instead (the config sets bypassCSP so the script may run).
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
	target: string[];
	html: string;
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: AxeNode[];
}

/** One readable block per violation: rule, impact, help, and up to five offending elements. */
export function formatViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 5)
				.map(
					(n) =>
						`    - ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`
				)
				.join('\n');
			const more = v.nodes.length > 5 ? `\n    … und ${v.nodes.length - 5} weitere` : '';
			return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
		})
		.join('\n\n');
}

/** Runs axe on the current page (or a part of it) and fails listing every violation. */
export async function expectNoAxeViolations(
	page: Page,
	label?: string,
	include?: string
): Promise<void> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.evaluate(axe.source);
	const violations = (await page.evaluate(
		async ({ tags, include }) => {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			const axeApi = (window as any).axe;
			const result = await axeApi.run(include ? { include: [include] } : document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations']
			});
			return result.violations;
		},
		{ tags: WCAG_TAGS, include }
	)) as AxeViolation[];
	const where = label ?? new URL(page.url()).pathname;
	expect(
		violations.map((v) => v.id),
		`axe-core (WCAG 2.1 A/AA) meldet ${violations.length} Verstöße auf ${where}:\n\n${formatViolations(violations)}\n`
	).toEqual([]);
}
