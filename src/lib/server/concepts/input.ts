// Form input of the concept pages (zod, German messages at the fields).
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { APPENDIX_KEYS, CHAPTER_KEYS, type SectionKey } from '$lib/domain/concept/model';
import { MAX_NARRATIVE_LENGTH } from '$lib/domain/concept/narrative';

export const SECTION_KEYS: readonly SectionKey[] = [...CHAPTER_KEYS, ...APPENDIX_KEYS];

export function isSectionKey(value: unknown): value is SectionKey {
	return typeof value === 'string' && (SECTION_KEYS as readonly string[]).includes(value);
}

const sectionKey = z
	.string({ error: 'Bitte wählen Sie ein Kapitel.' })
	.refine(isSectionKey, { message: 'Dieses Kapitel gibt es nicht.' });

const version = z.coerce
	.number({ error: 'Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.' })
	.int('Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.')
	.min(0, 'Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.')
	.max(1_000_000_000, 'Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.');

export const NarrativeInput = z.object({
	chapterKey: sectionKey,
	text: z
		.string({ error: 'Bitte geben Sie einen Text ein.' })
		.refine(isCleanText, CONTROL_CHARACTERS)
		.max(
			MAX_NARRATIVE_LENGTH,
			`Der Text darf höchstens ${MAX_NARRATIVE_LENGTH.toLocaleString('de-DE')} Zeichen lang sein.`
		),
	version
});
export type NarrativeInput = z.infer<typeof NarrativeInput>;

/** A version number in a URL or form ("1", "2", …). */
export const VersionNumber = z.coerce
	.number({ error: 'Bitte wählen Sie eine Fassung.' })
	.int('Bitte wählen Sie eine Fassung.')
	.min(1, 'Bitte wählen Sie eine Fassung.')
	.max(1_000_000, 'Bitte wählen Sie eine Fassung.');

export const CompareInput = z.object({ von: VersionNumber, zu: VersionNumber });
