// Mails delivered over SMTP to the capture server of scripts/e2e.js (one JSON line per mail).
import { expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

export interface CapturedMail {
	to: string[];
	subject: string;
	text: string;
	html: string;
}

function readMails(): CapturedMail[] {
	const file = process.env.E2E_MAIL_FILE;
	if (!file) throw new Error('E2E_MAIL_FILE fehlt: Browsertests mit "npm run test:e2e" starten.');
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as CapturedMail);
}

/** Waits (delivery is asynchronous) for the newest mail to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp): Promise<CapturedMail> {
	let found: CapturedMail | undefined;
	await expect
		.poll(
			() => {
				found = readMails()
					.filter((m) => m.to.includes(to) && subject.test(m.subject))
					.at(-1);
				return found !== undefined;
			},
			{ timeout: 20_000, message: `E-Mail an ${to} (${subject})` }
		)
		.toBe(true);
	return found!;
}

/** The first link to this app in the mail's text part. */
export function linkIn(mail: CapturedMail, path: RegExp): string {
	const match = mail.text.match(new RegExp(`https?://\\S+${path.source}\\S*`));
	if (!match) throw new Error(`Kein Link ${path} in der E-Mail "${mail.subject}"`);
	return match[0];
}
