// Issue 3, "Done when" 3 (quality.md R3): two people edit the same answer in two browsers. The one
// with the stale version sees a conflict panel at the field (who, when, what) and decides: keep
// their own input (saved over the other) or take the other (shown in the field, nothing sent).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { login, type AccountKey } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import {
	controlId,
	demoResponse,
	expectAllSaved,
	liveRegion,
	storedAnswer
} from './helpers/responses';

const SECTION = 'strategie';
const id = (key: string, ...parts: string[]) => `#${controlId(key, ...parts)}`;

async function openAs(browser: Browser, key: AccountKey, path: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, key);
	await page.goto(path);
	return page;
}

test('the second writer of an answer sees the conflict and resolves it', async ({ browser }) => {
	test.setTimeout(60_000);
	const response = demoResponse('msGs', 'school_lead');
	const lead = await openAs(browser, 'leadMsGs', response.section(SECTION));
	const consultant = await openAs(browser, 'consultantMs', response.section(SECTION));

	// 1. The consultant saves first; the school lead's page still has the old version.
	await consultant.locator(id('strategy.media_team_size')).fill('3');
	await consultant.keyboard.press('Tab');
	await expectAllSaved(consultant);
	const before = storedAnswer(response.responseId, 'strategy.media_team_size');
	expect(before?.value).toBe(3);

	await lead.locator(id('strategy.media_team_size')).fill('5');
	await lead.keyboard.press('Tab');
	const panel = lead.locator(`${id('strategy.media_team_size')}-conflict`);
	await expect(panel).toContainText(
		/Diese Antwort wurde zwischenzeitlich von Bernd Berater am .+ geändert: 3\./
	);
	await expect(liveRegion(lead)).toHaveText('Konflikt');
	expect(storedAnswer(response.responseId, 'strategy.media_team_size')).toEqual(before); // nothing overwritten
	await expect(lead.locator(id('strategy.media_team_size'))).toHaveAttribute(
		'aria-describedby',
		/-conflict/
	);
	await expectNoAxeViolations(lead, 'Abschnitt mit Konflikt');

	// "Meine Eingabe behalten": saved over the other value with its version.
	await panel.getByRole('button', { name: 'Meine Eingabe behalten' }).click();
	await expectAllSaved(lead);
	await expect(panel).toHaveCount(0);
	expect(storedAnswer(response.responseId, 'strategy.media_team_size')).toEqual({
		value: 5,
		version: (before?.version ?? 0) + 1
	});

	// 2. Long text: the school lead takes the consultant's text instead.
	const theirs = 'Alle Klassen arbeiten ab Klasse 3 regelmäßig mit LernSax.';
	await consultant.locator(id('strategy.goals')).fill(theirs);
	await consultant.keyboard.press('Tab');
	await expectAllSaved(consultant);
	await lead.locator(id('strategy.goals')).fill('Tablets ab Klasse 5.');
	await lead.keyboard.press('Tab');
	const goalsPanel = lead.locator(`${id('strategy.goals')}-conflict`);
	await expect(goalsPanel).toContainText(theirs);
	await goalsPanel.getByRole('button', { name: 'Andere Eingabe übernehmen' }).click();
	await expect(goalsPanel).toHaveCount(0);
	await expect(lead.locator(id('strategy.goals'))).toHaveValue(theirs);
	await expect(lead.locator(id('strategy.goals'))).toBeFocused();
	expect(storedAnswer(response.responseId, 'strategy.goals')?.value).toBe(theirs);

	// The consultant's page, stale now for media_team_size, conflicts the other way round.
	await consultant.locator(id('strategy.media_team_size')).fill('4');
	await consultant.keyboard.press('Tab');
	await expect(consultant.locator(`${id('strategy.media_team_size')}-conflict`)).toContainText(
		'Sabine Lindner'
	);
	await lead.context().close();
	await consultant.context().close();
});

test('without JavaScript the conflict is shown after "Speichern" and resolved with its buttons', async ({
	browser
}) => {
	const response = demoResponse('msFoes', 'school_lead');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const lead = await context.newPage();
	await login(lead, 'leadMsFoes');
	const consultant = await openAs(browser, 'consultantMs', response.section(SECTION));
	const field = id('strategy.media_team_size');
	const panel = lead.locator(`${field}-conflict`);

	for (const [choice, mine, theirs, kept] of [
		['Meine Eingabe behalten', '12', '4', 12],
		['Andere Eingabe übernehmen', '14', '6', 6]
	] as const) {
		await lead.goto(response.section(SECTION));
		await consultant.reload();
		await consultant.locator(field).fill(theirs);
		await consultant.keyboard.press('Tab');
		await expectAllSaved(consultant);
		await lead.locator(field).fill(mine);
		await lead.getByRole('button', { name: 'Speichern', exact: true }).click();
		await expect(panel).toContainText(`geändert: ${theirs}.`);
		await expect(lead.locator(field)).toHaveValue(mine);
		await panel.getByRole('button', { name: choice }).click();
		await expect(lead.getByText(/wurden gespeichert/)).toBeVisible();
		await expect(lead.locator(field)).toHaveValue(String(kept));
		expect(storedAnswer(response.responseId, 'strategy.media_team_size')?.value).toBe(kept);
	}
	await context.close();
	await consultant.context().close();
});
