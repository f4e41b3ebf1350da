// Downloads of one pilot: the report PDF (rendered in the PDF worker pool, off the request thread)
// and the CSV. Everyone who may read the pilot may download both.
import { isoDateIn } from '$lib/domain/pilots';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { pdfPool, type PdfPool } from '../pdf';
import { pilotReportDefinition } from '../pdf/pilot-report';
import { pilotFileName, pilotToCsv } from './csv';
import { getPilot } from './service';

export interface PilotDownload<T> {
	body: T;
	fileName: string;
}

export async function pilotReportPdf(
	db: Db,
	user: AuthUser,
	pilotId: string,
	options: { pool?: PdfPool; now?: Date } = {}
): Promise<PilotDownload<Uint8Array>> {
	const { pilot } = await getPilot(db, user, pilotId);
	const today = isoDateIn(options.now ?? new Date());
	const body = await (options.pool ?? pdfPool()).render(pilotReportDefinition(pilot, today));
	return { body, fileName: pilotFileName(pilot, 'pdf') };
}

export async function pilotReportCsv(
	db: Db,
	user: AuthUser,
	pilotId: string,
	now = new Date()
): Promise<PilotDownload<string>> {
	const { pilot } = await getPilot(db, user, pilotId);
	return { body: pilotToCsv(pilot, isoDateIn(now)), fileName: pilotFileName(pilot, 'csv') };
}
