// Issue 3, "Done when" 3: without JavaScript a section submit shows invalid answers at their fields
// (aria-invalid, message linked by aria-describedby) and in the error summary, keeping everything
// typed; a refused post stores nothing (issue 10, point 8), a corrected one stores everything; "Abschnitt abschließen" with a missing required answer is refused
// at the field. The error state passes axe (with JavaScript, which axe needs).
import { expect, test } from '@playwright/test';
import { login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { controlId, demoResponse, storedAnswer } from './helpers/responses';

const SECTION = 'paedagogik';
const id = (key: string, ...parts: string[]) => `#${controlId(key, ...parts)}`;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a section post without JavaScript stores nothing while an answer is invalid and keeps what was typed', async ({
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

		// Nothing stored; every answer kept as typed, the invalid one explained at the field.
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
		await expect(page.locator(id('pedagogy.regular_use', '4'))).toBeChecked();
		await expect(summary).toContainText('Nichts wurde gespeichert');
		expect(storedAnswer(response.responseId, 'pedagogy.media_curriculum')).toBeNull();
		expect(storedAnswer(response.responseId, 'pedagogy.regular_use')).toBeNull();
		expect(storedAnswer(response.responseId, 'pedagogy.one_to_one_classes')).toBeNull();

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
		expect(storedAnswer(response.responseId, 'pedagogy.media_curriculum')?.value).toBe('teilweise');
		expect(storedAnswer(response.responseId, 'pedagogy.regular_use')?.value).toBe(4);
		// show-if is applied on the server: the follow-up question appears after the save
		await expect(followUp).toBeVisible();
	});

	// Issue 10, point 7. The browser's maxlength keeps a person under the field's limit; a text that
	// gets past it (maxlength removed) is refused at the field and shown again as typed. A post over
	// BODY_SIZE_LIMIT (2 MB here) never reaches the form action: it is "Der Text ist zu lang" with the
	// limit, and nothing is stored — never "gespeichert" with an emptied form.
	test('too long: refused at the field with the text kept; over the body limit a German message', async ({
		page
	}) => {
		const response = demoResponse('msGs', 'school_lead');
		await login(page, 'leadMsGs');
		await page.goto(response.section('strategie'));
		const goals = page.locator(id('strategy.goals'));
		await expect(goals).toHaveAttribute('maxlength', '3000');
		// other specs share the database and may have answered it: the refused posts change nothing
		const before = storedAnswer(response.responseId, 'strategy.goals');
		const typed = 'Alle Klassen arbeiten mit LernSax. '.repeat(100); // 3,500 characters
		await goals.evaluate((el) => el.removeAttribute('maxlength'));
		await goals.fill(typed);
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await expect(goals).toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.locator('.field-error').filter({ hasText: /höchstens 3000 Zeichen/ })
		).toBeVisible();
		await expect(goals).toHaveValue(typed);
		expect(storedAnswer(response.responseId, 'strategy.goals')).toEqual(before);

		await goals.evaluate((el: HTMLTextAreaElement) => {
			el.removeAttribute('maxlength');
			el.value = 'x'.repeat(2_200_000);
		});
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'Der Text ist zu lang' });
		await expect(alert).toContainText('höchstens 2 MB');
		await expect(alert).toContainText('Es wurde nichts gespeichert');
		await expect(page.getByText(/wurden gespeichert/)).toHaveCount(0);
		expect(storedAnswer(response.responseId, 'strategy.goals')).toEqual(before);
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
