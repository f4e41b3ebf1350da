// Issue 3, "Done when" 3 (quality.md A2): a school lead fills a section with the keyboard alone
// (Tab, typing, Space, arrow keys), autosave announces "Gespeichert", show-if questions appear and
// disappear live, and after a reload the answers are there. Completing and reopening the section
// work from the keyboard too.
import { expect, test } from '@playwright/test';
import { login } from './helpers/auth';
import {
	controlId,
	demoResponse,
	expectAllSaved,
	liveRegion,
	storedAnswer,
	tabTo
} from './helpers/responses';

const id = (key: string, ...parts: string[]) => `#${controlId(key, ...parts)}`;

const SECTION = 'fortbildungsorganisation';

test('school lead fills a section with the keyboard only; answers survive a reload', async ({
	page
}) => {
	test.setTimeout(60_000);
	const response = demoResponse('msGs', 'school_lead');
	await login(page, 'leadMsGs');
	await page.goto(response.section(SECTION));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('J Fortbildung im Kollegium');
	const planYear = page.locator(id('training.plan_year'));
	const council = page.locator(id('training.staff_council_informed', 'ja'));
	await expect(planYear).toHaveCount(0); // shown only when a plan exists

	// Yes/no as radios: Tab into the group, Space selects.
	await tabTo(page, id('training.plan_exists', 'ja'));
	await page.keyboard.press('Space');
	await expect(page.locator(id('training.plan_exists', 'ja'))).toBeChecked();
	await expect(planYear).toBeVisible(); // show-if applied live

	await tabTo(page, id('training.plan_year'));
	await page.keyboard.type('2024');
	await expect(liveRegion(page)).toHaveText(/Wird gespeichert|Gespeichert/);
	await tabTo(page, id('training.internal_events'));
	await page.keyboard.type('4');
	await tabTo(page, id('training.share_trained'));
	await page.keyboard.type('35,5');
	await tabTo(page, id('training.providers', 'mpz'));
	await page.keyboard.press('Space');

	// Arrow keys move within a radio group and select.
	await tabTo(page, id('training.teacher_survey_planned', 'ja'));
	await page.keyboard.press('Space');
	await expect(council).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(id('training.teacher_survey_planned', 'nein'))).toBeChecked();
	await expect(council).toHaveCount(0);
	await page.keyboard.press('ArrowUp');
	await expect(council).toBeVisible();
	await tabTo(page, id('training.staff_council_informed', 'ja'));
	await page.keyboard.press('Space');
	await expectAllSaved(page);

	expect(storedAnswer(response.responseId, 'training.plan_year')?.value).toBe(2024);
	expect(storedAnswer(response.responseId, 'training.share_trained')?.value).toBe(35.5);

	await page.reload();
	await expect(page.locator(id('training.plan_exists', 'ja'))).toBeChecked();
	await expect(planYear).toHaveValue('2024');
	await expect(page.locator(id('training.internal_events'))).toHaveValue('4');
	await expect(page.locator(id('training.share_trained'))).toHaveValue('35,5');
	await expect(page.locator(id('training.providers', 'mpz'))).toBeChecked();
	await expect(page.locator(id('training.providers', 'lasub'))).not.toBeChecked();
	await expect(page.locator(id('training.teacher_survey_planned', 'ja'))).toBeChecked();
	await expect(council).toBeChecked();
	await expect(
		page
			.getByRole('navigation', { name: 'Abschnitte' })
			.getByRole('link', { name: /Fortbildung im Kollegium/ })
	).toHaveAttribute('aria-current', 'page');

	// "Abschnitt abschließen" from the keyboard, then reopen it (the section is read-only meanwhile).
	await tabTo(page, 'button[value="abschliessen"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${response.url}\\?abgeschlossen=${SECTION}$`));
	await expect(page.getByRole('status').filter({ hasText: 'ist abgeschlossen' })).toBeVisible();
	await page.goto(response.section(SECTION));
	await expect(page.locator(id('training.internal_events'))).toBeDisabled();
	await tabTo(page, 'button[value="wiedereroeffnen"]');
	await page.keyboard.press('Enter');
	await expect(page.locator(id('training.internal_events'))).toBeEnabled();
	await expect(page.locator(id('training.internal_events'))).toHaveValue('4');
});
