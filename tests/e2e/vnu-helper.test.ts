// The W3C Nu checker itself must be able to fail: it finds a <form> inside a <p> and a required
// <select> whose first option has a value, and lets a clean page pass (one batch, one JVM).
import { expect, test } from '@playwright/test';
import { expectValidHtml, validateHtml } from './helpers/vnu';

const page = (body: string) =>
	`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Probe</title></head><body>${body}</body></html>`;

test('the Nu checker passes clean HTML and reports invalid HTML per page', async ({ request }) => {
	test.setTimeout(60_000);
	const impressum = await (await request.get('/impressum')).text();
	const errors = await validateHtml([
		{ label: '/impressum', html: impressum },
		{ label: 'form-in-p', html: page('<p>Text <form method="post"><button>x</button></form></p>') },
		{
			label: 'select-required',
			html: page(
				'<label for="s">Art</label><select id="s" name="s" required><option value="a">A</option></select>'
			)
		}
	]);
	expect(errors.filter((e) => e.label === '/impressum')).toEqual([]);
	expect(errors.find((e) => e.label === 'form-in-p')?.message).toMatch(/“p”/);
	expect(errors.find((e) => e.label === 'select-required')?.message).toMatch(/select/);
	await expect(
		expectValidHtml([{ label: 'form-in-p', html: page('<p><form></form></p>') }])
	).rejects.toThrow(/W3C Nu HTML Checker meldet 1 Fehler[^]*form-in-p/);
});
