// Visits every page a signed-in person can reach by links from a start page, checks each answers
// without error, has exactly one <h1> and no axe violations. Pages of one pattern (ids replaced)
// are visited at most twice, so 7 schools do not mean 7 identical checks.
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Public pages are checked in public-pages.test.ts; the rest are not pages. */
const SKIP = [
	/^\/(impressum|datenschutz|barrierefreiheit)$/,
	/^\/(abmelden|sitzung|healthz)/,
	/\.(pdf|docx|csv|json)$/
];

export interface CrawlOptions {
	maxPages?: number;
	perPattern?: number;
	/** Label for messages, e.g. the account key. */
	label: string;
}

export async function crawlAndCheck(
	page: Page,
	startPath: string,
	options: CrawlOptions
): Promise<string[]> {
	const { maxPages = 40, perPattern = 2, label } = options;
	const queue = [startPath];
	const seen = new Set<string>();
	const perPatternCount = new Map<string, number>();
	const visited: string[] = [];
	while (queue.length > 0 && visited.length < maxPages) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const pattern = path.replace(UUID, ':id');
		const count = perPatternCount.get(pattern) ?? 0;
		if (count >= perPattern) continue;
		perPatternCount.set(pattern, count + 1);

		const response = await page.goto(path);
		expect(response?.status(), `${label}: Link auf ${path} führt zu einem Fehler`).toBeLessThan(
			400
		);
		await expect(page.locator('h1'), `${label}: ${path} braucht genau eine <h1>`).toHaveCount(1);
		await expectNoAxeViolations(page, `${path} (${label})`);
		visited.push(path);

		const origin = new URL(page.url()).origin;
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		for (const href of hrefs) {
			if (!href || href.startsWith('mailto:') || href.startsWith('tel:') || href.startsWith('#'))
				continue;
			const url = new URL(href, page.url());
			if (url.origin !== origin) continue;
			const target = url.pathname + url.search;
			if (SKIP.some((re) => re.test(url.pathname)) || seen.has(target)) continue;
			queue.push(target);
		}
	}
	return visited;
}

/**
 * Submits the main form of a create/edit page with every text field emptied and browser validation
 * off, so the server's German field errors show; then checks the error state with axe.
 */
export async function checkFormErrorState(
	page: Page,
	path: string,
	label: string,
	/** CSS selector of the form; default: the first POST form in <main>. */
	formSelector = 'main form[method="POST" i]'
): Promise<void> {
	await page.goto(path);
	const form = page.locator(formSelector).first();
	await form.evaluate((f: HTMLFormElement) => {
		f.noValidate = true;
		for (const el of f.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
			'input[type="text"], input[type="email"], input[type="number"], input:not([type]), textarea'
		)) {
			el.value = '';
		}
	});
	const submit = form.locator('button[type="submit"], button:not([type])').last();
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		submit.click()
	]);
	expect(
		response.status(),
		`${label}: leeres Formular ${path} darf keinen 5xx auslösen`
	).toBeLessThan(500);
	await expect(
		page.locator('[aria-invalid="true"]').first(),
		`${label}: ${path} markiert fehlerhafte Felder`
	).toBeVisible();
	await expectNoAxeViolations(page, `${path} (Fehlerzustand, ${label})`);
}
