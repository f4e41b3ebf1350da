// Logging in as a demo account (db/demo-data.ts) through the real login form.
import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD, type DemoAccount } from '../../../db/demo-data';

export type AccountKey = (typeof DEMO_ACCOUNTS)[number]['key'];

export function account(key: AccountKey): DemoAccount {
	const found = DEMO_ACCOUNTS.find((a) => a.key === key);
	if (!found) throw new Error(`Unbekanntes Demo-Konto: ${key}`);
	return found;
}

export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
	await page.goto('/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Logs in as the demo account and waits for the start page. */
export async function login(page: Page, key: AccountKey): Promise<DemoAccount> {
	const demo = account(key);
	await fillLogin(page, demo.email, DEMO_PASSWORD);
	await expect(page).toHaveURL(/\/start$/);
	return demo;
}

export const ids = {
	org: (key: keyof typeof DEMO_ORGS): string => DEMO_ORGS[key].id
};

export { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD };
