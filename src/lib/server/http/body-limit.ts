// Requests larger than adapter-node's BODY_SIZE_LIMIT never reach a route: reading the body fails
// with status 413. Routes that read a body must tell the user so in German (and save nothing)
// instead of treating the body as empty. The limit is read the way adapter-node reads it.
import { env } from '$env/dynamic/private';

const UNITS: Record<string, number> = { K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 };

/** adapter-node's parsing of BODY_SIZE_LIMIT ("512K", "2M", bytes); its default is 512K. */
export function parseBodySizeLimit(value: string | undefined): number {
	const text = (value ?? '512K').trim();
	const unit = UNITS[text.at(-1)?.toUpperCase() ?? ''];
	return unit ? Number(text.slice(0, -1)) * unit : Number(text);
}

/** "2 MB", "512 KB", "1,5 MB". */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return 'unbegrenzt';
	const fmt = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 1 });
	if (bytes >= UNITS.M) return `${fmt(bytes / UNITS.M)} MB`;
	if (bytes >= UNITS.K) return `${fmt(bytes / UNITS.K)} KB`;
	return `${fmt(bytes)} Byte`;
}

export function bodySizeLimit(): number {
	return parseBodySizeLimit(env.BODY_SIZE_LIMIT);
}

/** The German message for a request body over the limit: a whole form or one autosaved answer. */
export function tooLargeMessage(what: 'form' | 'answer' = 'form'): string {
	const limit = formatBytes(bodySizeLimit());
	const rule =
		what === 'form'
			? `Ihre Eingaben dürfen zusammen höchstens ${limit} umfassen.`
			: `Eine Antwort darf höchstens ${limit} umfassen.`;
	return `Der Text ist zu lang: ${rule} Es wurde nichts gespeichert. Bitte kürzen Sie den Text und speichern Sie erneut.`;
}

/** True for the error SvelteKit raises when a request body exceeds BODY_SIZE_LIMIT. */
export function isPayloadTooLarge(err: unknown): boolean {
	return typeof err === 'object' && err !== null && (err as { status?: unknown }).status === 413;
}
