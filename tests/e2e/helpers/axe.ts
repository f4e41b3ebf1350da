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

async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.evaluate(axe.source);
	return (await page.evaluate(
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
}

/**
 * With JavaScript disabled (test.use({ javaScriptEnabled: false })) the page runs no timers, so
 * axe.run would never finish. Detected by a timer that does not fire.
 */
async function timersRun(page: Page): Promise<boolean> {
	const fired = page.evaluate(
		() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))
	);
	const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 300));
	return Promise.race([fired, timeout]);
}

/**
 * Runs axe on a copy of the page's current DOM in a JavaScript-enabled page: the copy is served at
 * the same URL (so the stylesheets load and colour contrast is real), with the scripts removed.
 */
async function runAxeOnCopy(page: Page, include?: string): Promise<AxeViolation[]> {
	const browser = page.context().browser();
	if (!browser) throw new Error('axe: kein Browser für die Kopie der Seite');
	const url = page.url();
	const html = (await page.content()).replace(/<script\b[^]*?<\/script>/gi, '');
	// Explicit: inside the test runner new contexts inherit the test's options (JavaScript off).
	const context = await browser.newContext({
		javaScriptEnabled: true,
		bypassCSP: true,
		viewport: page.viewportSize() ?? undefined
	});
	try {
		const copy = await context.newPage();
		await copy.route(url, (route) =>
			route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
		);
		await copy.goto(url);
		return await runAxe(copy, include);
	} finally {
		await context.close();
	}
}

/**
 * Runs axe on the current page (or a part of it: `include` is a CSS selector) and fails listing
 * every violation. Works with and without JavaScript in the page.
 */
export async function expectNoAxeViolations(
	page: Page,
	label?: string,
	include?: string
): Promise<void> {
	const violations = (await timersRun(page))
		? await runAxe(page, include)
		: await runAxeOnCopy(page, include);
	const where = label ?? new URL(page.url()).pathname;
	expect(
		violations.map((v) => v.id),
		`axe-core (WCAG 2.1 A/AA) meldet ${violations.length} Verstöße auf ${where}:\n\n${formatViolations(violations)}\n`
	).toEqual([]);
}
