// Mail configuration from the environment (README, "Konfiguration"). Without SMTP_URL or SMTP_HOST no
// mail leaves the server: mails wait in the outbox, which admins read at /verwaltung/postausgang.
import type { TransportOptions } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

export interface MailConfig {
	/** null: SMTP is not configured (demo); the outbox page shows the mails instead. */
	smtp: string | SMTPTransport.Options | null;
	from: string;
}

type Env = Record<string, string | undefined>;

export function mailConfigFrom(env: Env): MailConfig {
	const from = env.MAIL_FROM?.trim() || 'MEK-Assistent <no-reply@mek-assistent.invalid>';
	if (env.SMTP_URL?.trim()) return { smtp: env.SMTP_URL.trim(), from };
	if (env.SMTP_HOST?.trim()) {
		const port = Number(env.SMTP_PORT ?? '') || 587;
		const secure = env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1' || port === 465;
		const options: SMTPTransport.Options = { host: env.SMTP_HOST.trim(), port, secure };
		if (env.SMTP_USER) options.auth = { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' };
		return { smtp: options, from };
	}
	return { smtp: null, from };
}

/** Base of the links in mails: PUBLIC_URL (without trailing slash), else the request's origin. */
export function publicBaseUrl(env: Env, fallbackOrigin: string): string {
	const configured = env.PUBLIC_URL?.trim().replace(/\/+$/, '');
	return configured || fallbackOrigin;
}

export type { TransportOptions };
