// A real SMTP server (smtp-server) on a free local port that keeps what it receives, parsed with
// mailparser: the mail tests assert what was actually delivered over SMTP.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface SmtpCapture {
	url: string;
	mails: ParsedMail[];
	/** Envelope recipients per received mail. */
	recipients: string[][];
	close: () => Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
	const mails: ParsedMail[] = [];
	const recipients: string[][] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					mails.push(mail);
					recipients.push(session.envelope.rcptTo.map((r) => r.address));
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		mails,
		recipients,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
