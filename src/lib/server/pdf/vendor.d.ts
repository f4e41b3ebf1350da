// Minimal types for the two untyped libraries the PDF module uses (no @types packages installed).

declare module 'qrcode' {
	export interface BitMatrix {
		size: number;
		data: Uint8Array;
		get(row: number, col: number): number;
	}
	export interface QRCode {
		modules: BitMatrix;
		version: number;
	}
	export function create(
		text: string,
		options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }
	): QRCode;
}

declare module 'pdfmake' {
	// The document definition is plain data; pdfmake validates it at run time.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	export type DocDefinition = Record<string, any>;
	export interface OutputDocument {
		getBuffer(): Promise<Buffer>;
	}
	export interface FontFiles {
		normal: string;
		bold: string;
		italics: string;
		bolditalics: string;
	}
	const pdfmake: {
		virtualfs: { writeFileSync(name: string, content: Buffer): void };
		setFonts(fonts: Record<string, FontFiles>): void;
		setUrlAccessPolicy(callback: (url: string) => boolean): void;
		setLocalAccessPolicy(callback: (path: string) => boolean): void;
		createPdf(definition: DocDefinition): OutputDocument;
	};
	export default pdfmake;
}
