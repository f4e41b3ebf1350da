// Minimal types for two untyped libraries (no @types packages installed): `qrcode` (QR matrices for
// the survey sheet) and `pdfmake` (server build, CommonJS: usable with `import` and `require`).

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
	namespace pdfmake {
		// The document definition is plain data; pdfmake validates it at run time.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		type DocDefinition = Record<string, any>;
		interface OutputDocument {
			getBuffer(): Promise<Buffer>;
		}
		/** File names in pdfmake's virtual file system (or paths, if local access were allowed). */
		interface FontFiles {
			normal: string;
			bold: string;
			italics: string;
			bolditalics: string;
		}
	}
	const pdfmake: {
		virtualfs: {
			writeFileSync(name: string, content: Buffer): void;
			existsSync(name: string): boolean;
		};
		setFonts(fonts: Record<string, pdfmake.FontFiles>): void;
		setUrlAccessPolicy(callback: (url: string) => boolean): void;
		setLocalAccessPolicy(callback: (path: string) => boolean): void;
		addTableLayouts(layouts: Record<string, unknown>): void;
		createPdf(
			definition: pdfmake.DocDefinition,
			options?: Record<string, unknown>
		): pdfmake.OutputDocument;
	};
	export = pdfmake;
}
