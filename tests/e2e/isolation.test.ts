// Each role sees only its own world (issue 2, "Done when" 2): addresses of foreign Schulträger and
// schools answer 404 (not 403, so their existence is not revealed), and the 404 page is accessible.
import { expect, test } from '@playwright/test';
import { ids, login, type AccountKey } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';

const FOREIGN: { key: AccountKey; paths: string[] }[] = [
	{
		key: 'operatorMs',
		paths: [
			`/schulen/${ids.org('bkOs')}`,
			`/schultraeger/${ids.org('beispielkreis')}`,
			`/schultraeger/${ids.org('beispielkreis')}/bearbeiten`
		]
	},
	{
		key: 'consultantMs',
		paths: [`/schultraeger/${ids.org('beispielkreis')}`, `/schulen/${ids.org('bkGy')}`]
	},
	{ key: 'leadMsGs', paths: [`/schulen/${ids.org('msOs')}`, `/schulen/${ids.org('bkBsz')}`] },
	{
		key: 'itMs',
		paths: [`/schulen/${ids.org('bkBsz')}`, `/schultraeger/${ids.org('beispielkreis')}`]
	},
	{
		key: 'leadBkOs',
		paths: [`/schultraeger/${ids.org('musterstadt')}`, `/schulen/${ids.org('msGs')}`]
	}
];

for (const { key, paths } of FOREIGN) {
	test(`${key} gets 404 for foreign Schulträger and schools`, async ({ page }) => {
		await login(page, key);
		for (const path of paths) {
			const response = await page.goto(path);
			expect(response?.status(), `${key} → ${path}`).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
		}
		// The error page inside the app keeps the navigation and passes axe.
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
		await expectNoAxeViolations(page, `404 im angemeldeten Bereich (${key})`);
	});
}

test('a school lead reaches the own school but not the sister school of the same Schulträger', async ({
	page
}) => {
	await login(page, 'leadMsGy');
	expect((await page.goto(`/schulen/${ids.org('msGy')}`))?.status()).toBe(200);
	expect((await page.goto(`/schulen/${ids.org('msFoes')}`))?.status()).toBe(404);
});

test('a malformed id is a 404, never a server error', async ({ page }) => {
	await login(page, 'admin');
	for (const path of [
		'/schulen/nicht-eine-id',
		'/schultraeger/123',
		`/schulen/${ids.org('musterstadt')}`
	]) {
		const status = (await page.goto(path))?.status();
		expect(status, path).toBe(404);
	}
});
