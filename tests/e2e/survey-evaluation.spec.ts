// Issue 4, "Done when" 3, 5 and 6 in the browser: the evaluation pages show the figures of the pure
// computation for the demo data, every chart has a text alternative and a data table, suppressed
// groups say so, axe finds nothing, and people without an account see nothing but the survey.
import { expect, test, type Page } from '@playwright/test';
import { TEACHERS_MS_GY } from '../../db/demo-teacher-answers';
import { teacherQuestionnaire } from '../../db/questionnaires/teacher';
import { computeIndicators } from '../../src/lib/domain/evaluation';
import { formatNumber } from '../../src/lib/domain/evaluation/format';
import type { Answers } from '../../src/lib/domain/questionnaire/types';
import {
	aggregateSurvey,
	shownAggregate,
	type DistributionAggregate
} from '../../src/lib/domain/survey';
import { expectNoAxeViolations } from './helpers/axe';
import { DEMO_ORGS, ids, login } from './helpers/auth';
import { musterstadtRound, storedSchoolAnswers, storedTeacherAnswers } from './helpers/survey';

const SUPPRESSED = 'Weniger als 5 Antworten – aus Datenschutzgründen nicht angezeigt';

async function expectChartsAccessible(page: Page) {
	const charts = page.locator('figure.chart svg[role="img"]');
	const count = await charts.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const labelledBy = (await charts.nth(i).getAttribute('aria-labelledby')) ?? '';
		const [titleId, descId] = labelledBy.split(' ');
		expect(await page.locator(`[id="${titleId}"]`).textContent()).toBeTruthy();
		expect(((await page.locator(`[id="${descId}"]`).textContent()) ?? '').length).toBeGreaterThan(
			30
		);
	}
	await expect(page.locator('figure.chart details table')).toHaveCount(count);
}

test('the Gymnasium’s evaluation shows the pure computation’s figures, charts with text alternatives', async ({
	page
}) => {
	const round = musterstadtRound();
	await login(page, 'operatorMs');
	await page.goto(`/runden/${round}/auswertung/${ids.org('msGy')}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Auswertung: ${DEMO_ORGS.msGy.name}`
	);
	const stored = storedSchoolAnswers(round, 'msGy');
	const expected = computeIndicators({
		school: {
			id: DEMO_ORGS.msGy.id,
			name: DEMO_ORGS.msGy.name,
			schoolType: 'GY',
			pupils: 742,
			classes: 28,
			teachers: 61
		},
		...stored,
		referenceYear: new Date().getFullYear()
	});
	const table = page.locator('table.indicators');
	for (const indicator of expected) {
		const row = table
			.locator('tbody tr')
			.filter({ has: page.locator('th', { hasText: indicator.label }) });
		await expect(row.locator('td').first()).toHaveText(indicator.valueText);
	}
	// survey aggregates: the frequency chart's data table equals the pure aggregation
	const teachers = storedTeacherAnswers('msGy');
	expect(teachers).toHaveLength(TEACHERS_MS_GY.length);
	const frequency = shownAggregate(
		aggregateSurvey(teacherQuestionnaire, teachers as Answers[]),
		'use.frequency'
	) as DistributionAggregate;
	const figure = page.locator('figure.chart').filter({ hasText: frequency.label });
	await figure.locator('summary').click();
	for (const item of frequency.items) {
		const row = figure
			.locator('tbody tr')
			.filter({ has: page.locator('th', { hasText: item.label }) });
		await expect(row.locator('td')).toHaveText(`${formatNumber(item.share, 1)} %`);
	}
	await expect(
		page.getByText(`Ausgewertet werden ${teachers.length} Antworten (Stand`)
	).toBeVisible();
	await expect(page.getByText('Deutlicher Unterschied.')).toBeVisible();
	await expectChartsAccessible(page);
	await expectNoAxeViolations(page, 'Auswertung Gymnasium');
});

test('the Grundschule (3 responses) shows nothing of the survey', async ({ page }) => {
	await login(page, 'leadMsGs');
	await page.goto(`/runden/${musterstadtRound()}/auswertung/${ids.org('msGs')}`);
	const survey = page.locator('section', { has: page.locator('#befragung') });
	await expect(survey).toContainText(SUPPRESSED);
	await expect(survey.locator('figure.chart')).toHaveCount(0);
	await expectNoAxeViolations(page, 'Auswertung Grundschule');
});

test('the Schulträger view: all schools, sortable, roll-ups; axe clean; CSV under the rule', async ({
	page
}) => {
	const round = musterstadtRound();
	await login(page, 'operatorMs');
	await page.goto(`/runden/${round}/auswertung`);
	const rows = page
		.locator('section', { has: page.locator('#schulen') })
		.locator('table')
		.first()
		.locator('tbody tr');
	await expect(rows).toHaveCount(4);
	await expect(rows.filter({ hasText: 'Grundschule Am Lindenhof' })).toContainText('weniger als 5');
	await page
		.getByRole('link', { name: /Internetanbindung/ })
		.first()
		.click();
	await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Internetanbindung');
	// sorted by Mbit/s per class: the Grundschule's 10 Mbit/s line is the lowest
	await expect(rows.first()).toContainText('Grundschule Am Lindenhof');
	await expectChartsAccessible(page);
	await expectNoAxeViolations(page, 'Auswertung Schulträger');
	const csv = await page.request.get(`/runden/${round}/auswertung/export.csv`);
	expect(csv.status()).toBe(200);
	const text = await csv.text();
	expect(text).toContain('Goethe-Gymnasium Musterstadt');
	expect(text).not.toContain('Altbau'); // free text never leaves the app
});

test('the consultant overview and the school lead’s survey page pass axe', async ({ page }) => {
	await login(page, 'consultantMs');
	await page.goto('/auswertung');
	await expect(page.getByRole('link', { name: 'MEK 2026–2030' }).first()).toBeVisible();
	await expectNoAxeViolations(page, '/auswertung (Beratung)');
	await page.goto(`/runden/${musterstadtRound()}/schulen/${ids.org('msGy')}/umfrage`);
	await expect(page.getByText('GYMN-AS26')).toBeVisible();
	await expectNoAxeViolations(page, 'Befragung steuern');
	const pdf = await page.request.get(
		`/runden/${musterstadtRound()}/schulen/${ids.org('msGy')}/umfrage/aushang.pdf`
	);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a school lead cannot open another school’s evaluation; without an account nothing but the survey', async ({
	page
}) => {
	const round = musterstadtRound();
	await login(page, 'leadMsGs');
	const other = await page.goto(`/runden/${round}/auswertung/${ids.org('msGy')}`);
	expect(other?.status()).toBe(404);
	const all = await page.goto(`/runden/${round}/auswertung`);
	expect(all?.status()).toBe(403);
	await page.context().clearCookies();
	for (const path of [
		`/runden/${round}/auswertung`,
		`/runden/${round}/auswertung/${ids.org('msGy')}`,
		'/auswertung'
	]) {
		await page.goto(path);
		await expect(page).toHaveURL(/\/anmelden\?weiter=/);
	}
	const csv = await page.request.get(`/runden/${round}/auswertung/export.csv`, { maxRedirects: 0 });
	expect([302, 303, 401]).toContain(csv.status());
	await page.goto('/umfrage');
	await expect(page.getByLabel('Teilnahmecode')).toBeVisible();
});
