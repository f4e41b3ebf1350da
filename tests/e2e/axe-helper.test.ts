// The accessibility check itself must be able to fail: it finds a missing label and low contrast
// (computed from the real stylesheet), with JavaScript on and off.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

async function addToMain(page: import('@playwright/test').Page, html: string) {
	// With JavaScript on, hydration must be finished or it may replace the added markup.
	await page.waitForLoadState('networkidle');
	await page.evaluate((markup) => {
		document.querySelector('main')?.insertAdjacentHTML('beforeend', markup);
	}, html);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'an' : 'aus'}`, () => {
		test.use({ javaScriptEnabled });

		test('a clean page passes', async ({ page }) => {
			await page.goto('/impressum');
			await expectNoAxeViolations(page);
		});

		test('an input without a label is reported', async ({ page }) => {
			await page.goto('/impressum');
			await addToMain(page, '<input type="text" name="unbeschriftet">');
			await expect(expectNoAxeViolations(page)).rejects.toThrow(/\] label: /);
		});

		test('low contrast is reported', async ({ page }) => {
			await page.goto('/impressum');
			await addToMain(page, '<p class="badge" style="color:#dddddd">kaum lesbar</p>');
			await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
		});
	});
}
