// Issue 3, "Done when" 3 (quality.md A1): axe finds 0 violations on the round pages, the response
// overview and section pages (editable, read-only, with guide values), for the roles that use them.
// The error state is checked in questionnaire-nojs.spec.ts, the conflict state in
// questionnaire-conflict.spec.ts.
import { expect, test } from '@playwright/test';
import { login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { demoResponse } from './helpers/responses';

test('round pages and the school lead questionnaire pass axe (school lead)', async ({ page }) => {
	const response = demoResponse('msGs', 'school_lead');
	await login(page, 'leadMsGs');
	await page.goto(`/runden/${response.roundId}`);
	await expect(page.locator('h1')).toHaveCount(1);
	await expectNoAxeViolations(page, 'Planungsrunde (Schulleitung)');

	await page.goto(response.url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Bedarfserhebung – Schulleitung'
	);
	await expect(page.getByText(/\d+ von \d+ beantwortet/).first()).toBeVisible();
	await expectNoAxeViolations(page, 'Übersicht des Fragebogens');

	// A missing required answer links to its field in the section.
	const missing = page
		.getByRole('list')
		.filter({ has: page.getByRole('link', { name: /^K: / }) })
		.first();
	await missing.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/strategie#q-/);
	await expectNoAxeViolations(page, 'Abschnitt Strategie');

	// A completed section with guide values: read-only fields, reopen button.
	await page.goto(response.section('stammdaten'));
	await expect(page.getByText(/Orientierungswert: /).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Abschnitt wieder öffnen' })).toBeVisible();
	await expectNoAxeViolations(page, 'abgeschlossener Abschnitt mit Orientierungswerten');
});

test('the consultant sees the round, the new-round form and every questionnaire type', async ({
	page
}) => {
	const response = demoResponse('msOs', 'it_staff');
	await login(page, 'consultantMs');
	await page.goto('/runden');
	await expectNoAxeViolations(page, 'Planungsrunden');
	await page.goto(`/runden/${response.roundId}`);
	await expectNoAxeViolations(page, 'Planungsrunde (Beratung)');
	await page.goto('/runden/neu');
	await expectNoAxeViolations(page, 'Neue Planungsrunde');

	await page.goto(response.url);
	await expectNoAxeViolations(page, 'Übersicht IT-Fragebogen');
	const sections = page.getByRole('navigation', { name: 'Abschnitte' });
	const links = await page
		.locator('.q-sections h3 a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(links.length).toBeGreaterThan(1);
	for (const href of links) {
		await page.goto(href);
		await expect(
			sections.getByRole('link', { name: /./ }).and(page.locator('[aria-current="page"]'))
		).toHaveCount(1);
		await expectNoAxeViolations(page, `IT-Abschnitt ${href.split('/').pop()}`);
	}
});

test('the operator reads a school lead questionnaire without being able to change it', async ({
	page
}) => {
	const response = demoResponse('msGs', 'school_lead');
	await login(page, 'operatorMs');
	await page.goto(response.section('strategie'));
	await expect(
		page.getByText('Sie können diesen Fragebogen lesen, aber nicht bearbeiten.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Speichern', exact: true })).toHaveCount(0);
	await expect(page.locator('main input:not([type="hidden"])').first()).toBeDisabled();
	await expectNoAxeViolations(page, 'Abschnitt lesend (Schulträger)');

	const operatorOwn = demoResponse('musterstadt', 'operator');
	await page.goto(operatorOwn.url);
	await expectNoAxeViolations(page, 'Übersicht Schulträger-Fragebogen');
	await page.locator('.q-sections h3 a').first().click();
	await expectNoAxeViolations(page, 'Abschnitt Schulträger-Fragebogen');
});
