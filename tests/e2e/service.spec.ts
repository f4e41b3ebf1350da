// Issue 13 in the browser: invitation by mail → account → second-factor enrolment for a consultant →
// logout → login with TOTP → password reset by mail → login with the new password. The mails travel
// over real SMTP to the capture server of scripts/e2e.js. axe runs on every new page.
import { expect, test } from '@playwright/test';
import { fillLogin, fillSecondFactor, ids, login, totpCode } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { linkIn, waitForMail } from './helpers/mail';

test('a consultant is invited by mail, enrols TOTP, logs in with it and resets the password by mail', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const email = `neu.beratung.${Date.now()}@kisa.example`;
	const password = 'Beratung-im-Erzgebirge-2026';
	const newPassword = 'Ein neuer Satz für das Konto';

	// An admin invites a consultant; the link arrives by mail.
	await login(page, 'admin');
	await page.goto(`/einladungen?organisation=${ids.org('kisa')}`);
	await page.getByLabel('E-Mail-Adresse der eingeladenen Person').fill(email);
	await page.getByLabel('Rolle').selectOption({ label: 'Beratung (KISA)' });
	await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
	await expect(page.getByLabel('Einladungslink')).toHaveValue(/\/einladung\//);
	const invitation = await waitForMail(email, /^Einladung zum MEK-Assistenten$/);
	expect(invitation.text).toContain('als Beratung (KISA)');
	expect(invitation.html).toContain('<a href=');

	// The admin's outbox shows the delivered mail.
	await page.goto('/verwaltung/postausgang');
	await expect(page.getByRole('row').filter({ hasText: email })).toContainText('versandt');
	await expectNoAxeViolations(page, '/verwaltung/postausgang');

	// The invited person creates the account and must set up the second factor before anything else.
	const context = await browser.newContext();
	const person = await context.newPage();
	await person.goto(linkIn(invitation, /\/einladung\//));
	await person.getByLabel('Ihr Name').fill('Nele Neuberater');
	await person.locator('#password').fill(password);
	await person.locator('#passwordRepeat').fill(password);
	await person.getByRole('button', { name: 'Konto anlegen und anmelden' }).click();
	await expect(person).toHaveURL(/\/anmelden\/einrichten/);
	await expect(person.getByRole('heading', { level: 1 })).toHaveText('Zweiten Faktor einrichten');
	await expect(person.getByRole('img', { name: /QR-Code/ })).toBeVisible();
	await expectNoAxeViolations(person, '/anmelden/einrichten');
	// Nothing else is reachable before the enrolment.
	await person.goto('/start');
	await expect(person).toHaveURL(/\/anmelden\/einrichten/);

	const key = (await person.getByTestId('totp-key').textContent()) ?? '';
	await person
		.getByLabel('Code aus der App')
		.fill('000000' === totpCode(key) ? '000001' : '000000');
	await person.getByRole('button', { name: 'Einrichten' }).click();
	await expect(person.locator('#code-error')).toContainText('nicht korrekt');
	await expectNoAxeViolations(person, '/anmelden/einrichten (falscher Code)');
	await person.getByLabel('Code aus der App').fill(totpCode(key));
	await person.getByRole('button', { name: 'Einrichten' }).click();
	await expect(person.getByRole('heading', { level: 1 })).toHaveText('Zweiter Faktor eingerichtet');
	await expect(
		person.getByRole('list', { name: 'Wiederherstellungscodes' }).locator('li')
	).toHaveCount(10);
	await expectNoAxeViolations(person, '/anmelden/einrichten (Wiederherstellungscodes)');
	await person.getByRole('link', { name: 'Weiter' }).click();
	await expect(person).toHaveURL(/\/start$/);

	// Logout, then login with password and TOTP.
	await person.getByRole('button', { name: 'Abmelden' }).click();
	await expect(person).toHaveURL(/\/anmelden\?abgemeldet=1/);
	await fillLogin(person, email, password);
	await expect(person).toHaveURL(/\/anmelden\/bestaetigen/);
	await expectNoAxeViolations(person, '/anmelden/bestaetigen');
	await fillSecondFactor(person, totpCode(key));
	await expect(person).toHaveURL(/\/start$/);

	// Own sessions are listed on the account page.
	await person.goto('/konto');
	await expect(person.locator('main')).toContainText('eingerichtet');
	await person.getByRole('link', { name: 'Meine Anmeldungen' }).click();
	await expect(person.getByRole('row').filter({ hasText: 'dieses Gerät' })).toHaveCount(1);
	await expectNoAxeViolations(person, '/konto/sitzungen');
	await person.getByRole('button', { name: 'Abmelden', exact: true }).click();
	await expect(person).toHaveURL(/\/anmelden\?abgemeldet=1/);

	// Forgotten password: the same answer as for any address, the link arrives by mail.
	await person.goto('/anmelden');
	await person.getByRole('link', { name: 'Passwort vergessen?' }).click();
	await expectNoAxeViolations(person, '/passwort-vergessen');
	await person.getByLabel('E-Mail-Adresse').fill(email);
	await person.getByRole('button', { name: 'Link anfordern' }).click();
	await expect(person.locator('main')).toContainText('Wenn zu dieser Adresse ein Konto besteht');
	const reset = await waitForMail(email, /^Passwort zurücksetzen/);
	const resetLink = linkIn(reset, /\/passwort-vergessen\//);
	await person.goto(resetLink);
	await expectNoAxeViolations(person, '/passwort-vergessen/[token]');
	// Labels of required fields end in an aria-hidden "*", so the ids are the simplest handle.
	await person.locator('#newPassword').fill(newPassword);
	await person.locator('#newPasswordRepeat').fill(newPassword);
	await person.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(person).toHaveURL(/\/anmelden\?passwort=zurueckgesetzt/);
	await expect(person.locator('main')).toContainText('Ihr Passwort wurde geändert');

	// The link is used up; the old password no longer works; the new one (with TOTP) does.
	const used = await person.goto(resetLink);
	expect(used?.status()).toBe(410);
	await fillLogin(person, email, password);
	await expect(person.getByRole('alert').first()).toContainText('nicht korrekt');
	await fillLogin(person, email, newPassword);
	await fillSecondFactor(person, totpCode(key));
	await expect(person).toHaveURL(/\/start$/);
	await context.close();
});

test('an unknown address gets the same answer on "Passwort vergessen" and no mail', async ({
	page
}) => {
	await page.goto('/passwort-vergessen');
	await page.getByLabel('E-Mail-Adresse').fill('niemand.hier@example.org');
	await page.getByRole('button', { name: 'Link anfordern' }).click();
	await expect(page.locator('main')).toContainText('Wenn zu dieser Adresse ein Konto besteht');
	await page.getByLabel('E-Mail-Adresse').fill('');
	await page.getByRole('button', { name: 'Link anfordern' }).click();
	await expect(page.locator('#email-error')).toBeVisible();
	await expectNoAxeViolations(page, '/passwort-vergessen (Fehlerzustand)');
});
