// Issue 10, point 11: on a narrow screen the wide tables of the cost plan and of a pilot project
// scroll sideways; every such scroll box is a labelled region reachable by keyboard (Tab, then the
// arrow keys scroll it), and the pages pass axe (scrollable-region-focusable) at that width.
import { expect, test } from '@playwright/test';
import { login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { musterstadtRound } from './helpers/survey';

test.use({ viewport: { width: 420, height: 900 } });

test('scrolling tables of the cost plan and a pilot are keyboard-reachable regions', async ({
	page
}) => {
	test.setTimeout(60_000);
	await login(page, 'consultantMs');
	const paths = [
		`/runden/${musterstadtRound()}/kosten`,
		'/pilotprojekte/00000000-0000-4000-b600-000000000001'
	];
	for (const path of paths) {
		expect((await page.goto(path))?.status(), path).toBe(200);
		const boxes = await page.locator('.table-wrap').evaluateAll((els) =>
			els.map((el) => ({
				scrolls: el.scrollWidth > el.clientWidth,
				tabindex: el.getAttribute('tabindex'),
				role: el.getAttribute('role'),
				label: el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')
			}))
		);
		const scrolling = boxes.filter((b) => b.scrolls);
		expect(scrolling.length, `${path}: mindestens eine Tabelle scrollt`).toBeGreaterThan(0);
		for (const box of scrolling) {
			expect(box, path).toMatchObject({ tabindex: '0', role: 'region' });
			expect(box.label, path).toBeTruthy();
		}
		await expectNoAxeViolations(page, `${path} (420 px breit)`);
	}
});
