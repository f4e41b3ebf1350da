// Issue 4, "Done when" 3: a teacher completes the anonymous survey with the keyboard only, a wrong code
// gets a clear message at the field, the survey pages pass axe, and many wrong codes from one client
// are slowed down and then refused. Serial: the throttle test blocks this client, so it runs last.
import { expect, test } from '@playwright/test';
import { DEMO_SURVEY_CODES } from '../../db/seed-survey';
import { expectNoAxeViolations } from './helpers/axe';
import { controlId, tabTo } from './helpers/responses';
import { teacherResponseCount } from './helpers/survey';

test.describe.configure({ mode: 'serial' });

const id = (key: string, ...parts: string[]) => `#${controlId(key, ...parts)}`;
const GS_CODE = DEMO_SURVEY_CODES.msGs;

test('the code page and a wrong code: a clear German message at the field, axe clean', async ({
	page
}) => {
	await page.goto('/umfrage');
	await expectNoAxeViolations(page, '/umfrage');
	const field = page.getByLabel('Teilnahmecode');
	await field.fill('abc');
	await page.getByRole('button', { name: 'Weiter zur Befragung' }).click();
	await expect(page.locator('#code-error')).toContainText('8 Zeichen');
	await field.fill('ABCD-EFGH');
	await page.getByRole('button', { name: 'Weiter zur Befragung' }).click();
	await expect(page.locator('#code-error')).toHaveText(
		/Zu diesem Teilnahmecode gibt es keine Befragung/
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAttribute('aria-describedby', /code-error/);
	await expect(page.getByRole('alert')).toContainText('Bitte prüfen Sie Ihre Angaben');
	await expectNoAxeViolations(page, '/umfrage (Fehler)');
	// a wrong code in a link shows the same field with the message
	await page.goto('/umfrage/ZZZZZZZZ');
	await expect(page.locator('#code-error')).toContainText('keine Befragung');
	await expectNoAxeViolations(page, '/umfrage/<falscher Code>');
});

test('the survey without answers: required question named in the error summary, axe clean', async ({
	page
}) => {
	await page.goto(`/umfrage/${GS_CODE}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Befragung der Lehrkräfte');
	await expect(page.getByText('Grundschule Am Lindenhof')).toBeVisible();
	await expectNoAxeViolations(page, '/umfrage/<Code>');
	await page.getByRole('button', { name: 'Absenden' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Wie oft setzen Sie digitale Medien');
	await expect(page.locator(id('use.frequency', 'nie'))).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page, '/umfrage/<Code> (Fehler)');
});

test('a teacher completes the survey with the keyboard only', async ({ page }) => {
	test.setTimeout(90_000);
	const before = teacherResponseCount('msGs');
	await page.goto('/umfrage');
	await tabTo(page, '#code');
	await page.keyboard.type(GS_CODE.toLowerCase());
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/umfrage/${GS_CODE}$`));

	// radios: Tab into the group, arrow keys choose; checkboxes: Space
	await tabTo(page, id('use.frequency', 'nie'));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(id('use.frequency', 'woechentlich'))).toBeChecked();
	await tabTo(page, id('use.subject_groups', 'grundschule'));
	await page.keyboard.press('Space');
	await tabTo(page, id('use.obstacles', 'zeit'));
	await page.keyboard.press('Space');
	await tabTo(page, id('use.equipment_fit', '1'));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(id('use.equipment_fit', '2'))).toBeChecked();
	// the identifiability warning comes before the free-text field and is linked to it
	await expect(page.locator(id('use.wish'))).toHaveAttribute(
		'aria-describedby',
		/use-wish-warning/
	);
	await tabTo(page, id('use.wish'));
	await page.keyboard.type('Mehr Tablets');
	await tabTo(page, id('digcompedu.teaching', 'A1'));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(id('digcompedu.teaching', 'B1'))).toBeChecked();
	// going back to change an answer before sending
	await page.keyboard.press('Shift+Tab');
	await tabTo(page, id('use.frequency', 'woechentlich'));
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(id('use.frequency', 'taeglich'))).toBeChecked();
	await tabTo(page, 'button[type="submit"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/umfrage\/danke$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Vielen Dank für Ihre Teilnahme!'
	);
	await expectNoAxeViolations(page, '/umfrage/danke');
	expect(teacherResponseCount('msGs')).toBe(before + 1);
	// once per browser: the survey now shows a note instead of the form
	await page.goto(`/umfrage/${GS_CODE}`);
	await expect(
		page.getByText('In diesem Browser wurde die Befragung bereits abgeschickt')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Absenden' })).toHaveCount(0);
});

test('many wrong codes from one client are slowed down and then refused; the right code still works', async ({
	page
}) => {
	test.setTimeout(120_000);
	const field = page.getByLabel('Teilnahmecode');
	const button = page.getByRole('button', { name: 'Weiter zur Befragung' });
	const durations: number[] = [];
	await page.goto('/umfrage');
	let refused = false;
	for (let attempt = 0; attempt < 30 && !refused; attempt++) {
		await field.fill(`ZZZZ${String(attempt).padStart(4, '2').replace(/[01]/g, '9')}`);
		const started = Date.now();
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/umfrage')),
			button.click()
		]);
		durations.push(Date.now() - started);
		const message = page.locator('#code-error');
		await expect(message).toHaveText(/Teilnahmecode/);
		refused = /zu viele ungültige Teilnahmecodes/.test((await message.textContent()) ?? '');
	}
	expect(refused, 'nach vielen falschen Codes wird der Anschluss abgewiesen').toBe(true);
	// the failures before the refusal got slower: the later ones wait at least a second on the server
	expect(durations.length).toBeGreaterThanOrEqual(15);
	expect(Math.min(...durations.slice(8, 14))).toBeGreaterThanOrEqual(900);
	await expect(page.locator('#code-error')).toContainText('Bitte versuchen Sie es in');
	await expectNoAxeViolations(page, '/umfrage (abgewiesen)');
	// a valid code is never refused (colleagues share the school's address): it opens the survey
	await field.fill(GS_CODE);
	await button.click();
	await expect(page).toHaveURL(new RegExp(`/umfrage/${GS_CODE}$`));
	await expect(page.getByRole('button', { name: 'Absenden' })).toBeVisible();
});
