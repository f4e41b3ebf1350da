// Issue 3, "Done when" 3: without JavaScript a section submit saves every valid answer and shows the
// invalid ones at their fields (aria-invalid, message linked by aria-describedby) and in the error
// summary, keeping what was typed; "Abschnitt abschließen" with a missing required answer is refused
// at the field. The error state passes axe (with JavaScript, which axe needs).
import { expect, test } from '@playwright/test';
import { login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { controlId, demoResponse, storedAnswer } from './helpers/responses';

const SECTION = 'paedagogik';
const id = (key: string, ...parts: string[]) => `#${controlId(key, ...parts)}`;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a section post without JavaScript saves valid answers and shows errors at the fields', async ({
		page
	}) => {
		const response = demoResponse('msGs', 'school_lead');
		await login(page, 'leadMsGs');
		await page.goto(response.section(SECTION));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'K Pädagogik und Unterrichtsentwicklung'
		);

		const followUp = page.locator('[data-question="pedagogy.kmk_areas_binding"]');
		await expect(followUp).toHaveCount(0);
		await page.locator(id('pedagogy.media_curriculum', 'teilweise')).check();
		await page.locator(id('pedagogy.regular_use', '4')).check();
		const oneToOne = page.locator(id('pedagogy.one_to_one_classes'));
		await oneToOne.fill('-5');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();

		// Valid answers stored, the invalid one kept as typed and explained at the field.
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
		await expect(summary).toBeVisible();
		const link = summary.getByRole('link', { name: /Tablet- oder Laptopklasse/ });
		await expect(link).toHaveAttribute('href', id('pedagogy.one_to_one_classes'));
		await expect(oneToOne).toHaveValue('-5');
		await expect(oneToOne).toHaveAttribute('aria-invalid', 'true');
		const describedBy = (await oneToOne.getAttribute('aria-describedby')) ?? '';
		const errorId = describedBy.split(' ').find((x) => x.endsWith('-error'));
		expect(errorId).toBeDefined();
		await expect(page.locator(`#${errorId}`)).toHaveText(/zwischen 0 und 250 Klassen/);
		await expect(page.locator(id('pedagogy.media_curriculum', 'teilweise'))).toBeChecked();
		expect(storedAnswer(response.responseId, 'pedagogy.media_curriculum')?.value).toBe('teilweise');
		expect(storedAnswer(response.responseId, 'pedagogy.regular_use')?.value).toBe(4);
		expect(storedAnswer(response.responseId, 'pedagogy.one_to_one_classes')).toBeNull();
		// show-if is applied on the server: the follow-up question appears after the save
		await expect(followUp).toBeVisible();

		// Correct it and save again: the page reloads without errors, with the success notice.
		await oneToOne.fill('2');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await expect(
			page.getByText(
				'Ihre Angaben im Abschnitt „Pädagogik und Unterrichtsentwicklung“ wurden gespeichert.'
			)
		).toBeVisible();
		await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
		await expect(oneToOne).toHaveValue('2');
		expect(storedAnswer(response.responseId, 'pedagogy.one_to_one_classes')?.value).toBe(2);
	});

	test('"Abschnitt abschließen" without JavaScript names the missing required answer', async ({
		page
	}) => {
		const response = demoResponse('msGs', 'school_lead');
		await login(page, 'leadMsGs');
		await page.goto(response.section('strategie'));
		await page.getByRole('button', { name: 'Abschnitt abschließen' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
		await expect(summary.getByRole('link', { name: /Medienverantwortliche/ })).toBeVisible();
		await expect(
			page.locator('.field-error').filter({ hasText: 'Bitte beantworten Sie diese Frage.' }).first()
		).toBeVisible();
		await page.goto(response.url);
		await expect(page.getByText('In Bearbeitung')).toBeVisible();
	});
});

// axe needs JavaScript in the page; the error state rendered after an enhanced post is the same markup.
test('the error state passes axe and the error summary takes the focus', async ({ page }) => {
	const response = demoResponse('msFoes', 'school_lead');
	await login(page, 'leadMsFoes');
	await page.goto(response.section(SECTION));
	const field = page.locator(id('pedagogy.one_to_one_classes'));
	await field.fill('viele');
	await page.keyboard.press('Tab');
	await expect(field).toHaveAttribute('aria-invalid', 'true'); // checked in the browser at once
	await expectNoAxeViolations(page, 'Abschnitt mit ungültiger Eingabe');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
	await expect(summary).toBeFocused();
	await expect(field).toHaveValue('viele');
	await expectNoAxeViolations(page, 'Abschnitt nach dem Speichern mit Fehlern');
	await summary.getByRole('link').first().click();
	await expect(field).toBeFocused();
});
