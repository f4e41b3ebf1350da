// The PDF cache: rendered bytes by the SHA-256 of (model JSON + rendering options), stored in the
// database (table pdf_cache) so every app instance shares it. The key includes a renderer version,
// so a change to the layout code invalidates old entries by bumping RENDERER_VERSION.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';

/** Bump when the PDF layout changes, so cached PDFs are rendered again. */
export const RENDERER_VERSION = 1;

export function pdfCacheKey(model: unknown, options: unknown): string {
	return createHash('sha256')
		.update(JSON.stringify({ renderer: RENDERER_VERSION, model, options }))
		.digest('hex');
}

export async function findCachedPdf(db: Db, key: string): Promise<Uint8Array | undefined> {
	const row = await db
		.selectFrom('pdf_cache')
		.select('bytes')
		.where('key', '=', key)
		.executeTakeFirst();
	return row ? new Uint8Array(row.bytes) : undefined;
}

/** Stores a rendered PDF; a concurrent render of the same key keeps the first row. */
export async function storeCachedPdf(
	db: Db,
	key: string,
	bytes: Uint8Array,
	now: Date
): Promise<void> {
	await db
		.insertInto('pdf_cache')
		.values({
			key,
			bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
			created_at: now.toISOString()
		})
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
}

/** Removes entries created before `before` (old versions are rarely downloaded again). */
export async function prunePdfCache(db: Db, before: Date): Promise<number> {
	const result = await db
		.deleteFrom('pdf_cache')
		.where('created_at', '<', before.toISOString())
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
