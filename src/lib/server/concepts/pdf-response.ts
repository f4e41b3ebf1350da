// The HTTP answer for a concept PDF: attachment with a safe file name, never cached by proxies.
import type { PdfFile } from './pdf';

export function pdfResponse(file: PdfFile): Response {
	const name = file.fileName.replace(/[^A-Za-z0-9._-]/g, '-');
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${name}"`,
			'content-length': String(file.bytes.byteLength),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff',
			'x-pdf-cache': file.fromCache ? 'hit' : 'miss'
		}
	});
}
