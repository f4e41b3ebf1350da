// Browser tests (scripts/e2e.js): a real SMTP server (smtp-server) on a free local port that appends
// every delivered mail as one JSON line { to, subject, text, html } to a file the tests read.
import { appendFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * @param {string} file
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startSmtpCapture(file) {
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					const to = session.envelope.rcptTo.map((r) => r.address);
					const line = { to, subject: mail.subject, text: mail.text, html: mail.html || '' };
					appendFileSync(file, `${JSON.stringify(line)}\n`);
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.server.address());
	return {
		url: `smtp://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}
