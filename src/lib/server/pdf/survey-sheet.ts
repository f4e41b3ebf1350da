// The printable A4 sheet for the staff room: what the survey is, the link, its QR code and the code.
// Pure document definition (tests assert its structure and the link the QR code encodes).
import type { DocDefinition } from 'pdfmake';
import { formatCode } from '$lib/domain/survey/code';
import { qrCanvas, qrMatrix } from './qr';

export interface SurveySheetInput {
	schoolName: string;
	roundTitle: string;
	code: string;
	/** `surveyLink(origin, code)`: encoded in the QR code and printed below it */
	link: string;
	/** the short address without the code, e.g. https://mek.example/umfrage */
	entryAddress: string;
}

export const QR_WIDTH_PT = 190;

export function surveySheetDefinition(input: SurveySheetInput): DocDefinition {
	const code = formatCode(input.code);
	return {
		pageSize: 'A4',
		pageMargins: [56, 56, 56, 56],
		language: 'de-DE',
		info: {
			title: `Befragung der Lehrkräfte – ${input.schoolName}`,
			subject: `Teilnahmecode für die anonyme Befragung (${input.roundTitle})`,
			creator: 'MEK-Assistent'
		},
		content: [
			{ text: 'Befragung der Lehrkräfte', style: 'title' },
			{ text: input.schoolName, style: 'school' },
			{
				text: `Medienentwicklungsplanung „${input.roundTitle}“`,
				style: 'muted',
				margin: [0, 0, 0, 16]
			},
			{
				text: 'Wie setzen Sie digitale Medien im Unterricht ein, was hindert Sie, und welche Fortbildung wünschen Sie sich? Ihre Antworten fließen in die Planung von Ausstattung und Fortbildung ein. Das Ausfüllen dauert etwa 10 Minuten.',
				margin: [0, 0, 0, 16]
			},
			{
				columns: [
					{ width: QR_WIDTH_PT, canvas: qrCanvas(qrMatrix(input.link), QR_WIDTH_PT) },
					{
						width: '*',
						margin: [16, 12, 0, 0],
						stack: [
							{ text: 'So nehmen Sie teil', style: 'heading' },
							{
								ol: [
									'QR-Code mit dem Smartphone scannen – oder die Adresse unten im Browser öffnen.',
									'Falls gefragt, den Teilnahmecode eingeben.',
									'Fragen beantworten und einmal auf „Absenden“ klicken.'
								],
								margin: [0, 0, 0, 16]
							},
							{ text: 'Teilnahmecode', style: 'label' },
							{ text: code, style: 'code' }
						]
					}
				]
			},
			{ text: 'Direkter Link', style: 'label', margin: [0, 12, 0, 2] },
			{ text: input.link, style: 'link' },
			{
				text: `oder ${input.entryAddress} aufrufen und den Code eingeben`,
				style: 'muted',
				margin: [0, 2, 0, 20]
			},
			{ text: 'Anonym', style: 'heading' },
			{
				ul: [
					'Sie brauchen kein Konto. Gespeichert werden weder Name noch IP-Adresse noch Uhrzeit, nur der Tag.',
					'Ergebnisse werden erst ab 5 Antworten gezeigt, freie Texte erst ab 10 – und nur der Schulleitung.',
					'Bitte schreiben Sie in Freitexte keine Namen, Klassen oder Fächerkombinationen.'
				]
			}
		],
		footer: {
			text: 'Bitte nur im Lehrerzimmer aushängen, nicht öffentlich. · MEK-Assistent',
			style: 'muted',
			alignment: 'center',
			margin: [0, 16, 0, 0]
		},
		styles: {
			title: { fontSize: 24, bold: true, color: '#0b4f8a' },
			school: { fontSize: 16, bold: true, margin: [0, 6, 0, 2] },
			heading: { fontSize: 13, bold: true, margin: [0, 0, 0, 6] },
			label: { fontSize: 10, color: '#555555' },
			code: { fontSize: 30, bold: true, characterSpacing: 3 },
			link: { fontSize: 12, bold: true },
			muted: { fontSize: 9, color: '#555555' }
		},
		defaultStyle: { fontSize: 11, lineHeight: 1.25 }
	};
}
