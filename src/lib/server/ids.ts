// Text ids for every table (style.md: text ids). UUID v4 from the platform's CSPRNG.
import { randomUUID } from 'node:crypto';

export function newId(): string {
	return randomUUID();
}

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
