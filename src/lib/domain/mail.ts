// The mails the service sends (issue 13): German, formal, plain text plus simple HTML built from the
// same paragraphs, no images, no tracking pixels, no tracked links. Pure: the outbox stores the result.

export type MailKind =
	| 'invitation'
	| 'password_reset'
	| 'reminder'
	| 'review_requested'
	| 'changes_requested'
	| 'approved';

export interface MailContent {
	kind: MailKind;
	subject: string;
	text: string;
	html: string;
}

/** A paragraph, or a link that stands on its own line (shown as URL in the text part). */
type Block = string | { link: string; label: string };

const SIGNATURE = 'Mit freundlichen Grüßen\nIhr MEK-Assistent (KISA)';
const FOOTER =
	'Diese Nachricht wurde automatisch vom MEK-Assistenten versandt. Bitte antworten Sie nicht auf diese E-Mail.';

export function escapeHtml(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

function compose(kind: MailKind, subject: string, greeting: string, blocks: Block[]): MailContent {
	const text = [
		greeting,
		...blocks.map((b) => (typeof b === 'string' ? b : b.link)),
		SIGNATURE,
		'--',
		FOOTER
	]
		.join('\n\n')
		.concat('\n');
	const html = [
		'<!DOCTYPE html>',
		`<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">',
		`<p>${escapeHtml(greeting)}</p>`,
		...blocks.map((b) =>
			typeof b === 'string'
				? `<p>${escapeHtml(b)}</p>`
				: `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a><br>${escapeHtml(b.link)}</p>`
		),
		`<p>${escapeHtml(SIGNATURE).replace('\n', '<br>')}</p>`,
		`<p style="font-size: 0.875em; color: #555;">${escapeHtml(FOOTER)}</p>`,
		'</body></html>'
	].join('\n');
	return { kind, subject, text, html };
}

function greeting(name: string | null): string {
	return name ? `Guten Tag ${name},` : 'Guten Tag,';
}

export function invitationMail(input: {
	link: string;
	roleLabel: string;
	organisationName: string;
	invitedByName: string;
	expiresAtText: string;
}): MailContent {
	return compose('invitation', 'Einladung zum MEK-Assistenten', greeting(null), [
		`${input.invitedByName} lädt Sie in den MEK-Assistenten ein: als ${input.roleLabel} für ${input.organisationName}.`,
		'Über den folgenden Link legen Sie Ihr Konto an. Der Link kann nur einmal verwendet werden.',
		{ link: input.link, label: 'Konto anlegen' },
		`Der Link ist gültig bis ${input.expiresAtText}. Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail ignorieren.`
	]);
}

export function passwordResetMail(input: { name: string; link: string }): MailContent {
	return compose('password_reset', 'Passwort zurücksetzen – MEK-Assistent', greeting(input.name), [
		'Für Ihr Konto im MEK-Assistenten wurde das Zurücksetzen des Passworts angefordert. Über den folgenden Link vergeben Sie ein neues Passwort. Der Link ist 30 Minuten gültig und kann nur einmal verwendet werden.',
		{ link: input.link, label: 'Neues Passwort vergeben' },
		'Nach dem Zurücksetzen werden alle Anmeldungen mit Ihrem Konto beendet.',
		'Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.'
	]);
}

export function reminderMail(input: {
	name: string;
	roundTitle: string;
	schoolName: string;
	link: string;
	senderName: string;
}): MailContent {
	return compose('reminder', `Erinnerung: Fragebogen „${input.roundTitle}“`, greeting(input.name), [
		`${input.senderName} erinnert Sie daran, den Fragebogen der Planungsrunde „${input.roundTitle}“ für ${input.schoolName} abzuschließen.`,
		{ link: input.link, label: 'Zum Fragebogen' },
		'Ihre bisherigen Antworten sind gespeichert; Sie können dort weitermachen, wo Sie aufgehört haben.'
	]);
}

export function reviewMail(input: {
	kind: 'review_requested' | 'changes_requested' | 'approved';
	name: string;
	conceptTitle: string;
	actorName: string;
	link: string;
}): MailContent {
	const subjects = {
		review_requested: `Prüfung angefordert: ${input.conceptTitle}`,
		changes_requested: `Änderungen erbeten: ${input.conceptTitle}`,
		approved: `Freigegeben: ${input.conceptTitle}`
	};
	const lead = {
		review_requested: `${input.actorName} bittet Sie, das Medienentwicklungskonzept „${input.conceptTitle}“ zu prüfen.`,
		changes_requested: `${input.actorName} hat das Medienentwicklungskonzept „${input.conceptTitle}“ geprüft und bittet um Änderungen. Die Anmerkungen finden Sie im Konzept.`,
		approved: `${input.actorName} hat das Medienentwicklungskonzept „${input.conceptTitle}“ freigegeben.`
	};
	return compose(input.kind, subjects[input.kind], greeting(input.name), [
		lead[input.kind],
		{ link: input.link, label: 'Zum Konzept' }
	]);
}
