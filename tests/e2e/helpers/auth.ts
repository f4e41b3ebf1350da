// Logging in as a demo account (db/demo-data.ts) through the real login form.
import { expect, type Page } from '@playwright/test';
import { decodeBase32 } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import {
	DEMO_ACCOUNTS,
	DEMO_ORGS,
	DEMO_PASSWORD,
	DEMO_TOTP_SECRET,
	type DemoAccount
} from '../../../db/demo-data';

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

/** The current TOTP code for a base32 key (the demo KISA accounts use DEMO_TOTP_SECRET). */
export function totpCode(base32Key: string = DEMO_TOTP_SECRET): string {
	return generateTOTP(decodeBase32(base32Key.replace(/\s/g, '').toUpperCase()), 30, 6);
}

/** The second login step (/anmelden/bestaetigen). */
export async function fillSecondFactor(page: Page, code: string): Promise<void> {
	await expect(page).toHaveURL(/\/anmelden\/bestaetigen/);
	await page.getByLabel('Code').fill(code);
	await page.getByRole('button', { name: 'Bestätigen' }).click();
}

/**
 * Logs in as the demo account and waits for the start page. The KISA accounts (admin, consultant)
 * are seeded with the demo TOTP key and give their code in the second step.
 */
export async function login(page: Page, key: AccountKey): Promise<DemoAccount> {
	const demo = account(key);
	await fillLogin(page, demo.email, DEMO_PASSWORD);
	if (demo.role === 'admin' || demo.role === 'consultant') await fillSecondFactor(page, totpCode());
	await expect(page).toHaveURL(/\/start$/);
	return demo;
}

export const ids = {
	org: (key: keyof typeof DEMO_ORGS): string => DEMO_ORGS[key].id
};

export { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD };
