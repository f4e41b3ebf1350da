// Typography and colours of the PDF: a sober municipal document (Roboto, dark blue headings, light
// table rules). Shared by the concept and other documents so they look alike.
import type { TrafficLight } from '$lib/domain/evaluation/types';

export const COLORS = {
	ink: '#1D2733',
	muted: '#5B6776',
	primary: '#1F3B57',
	accent: '#2E6DA4',
	rule: '#C9D3DE',
	tint: '#EEF3F8'
} as const;

/** Text colour and cell tint per traffic light (the label is always written out as well). */
export const LIGHT_STYLE: Record<TrafficLight, { color: string; fill: string }> = {
	gruen: { color: '#1E6B34', fill: '#E3F1E6' },
	gelb: { color: '#7A5600', fill: '#FBF0D0' },
	rot: { color: '#9B1C1C', fill: '#F8E1E1' },
	grau: { color: '#5B6776', fill: '#EEF0F3' }
};

export const CALLOUT_ACCENT = { info: '#2E6DA4', note: '#7A8796', warning: '#B7791F' } as const;

/** A4 in points; margins left, top, right, bottom (room for header and footer). */
export const PAGE_MARGINS: [number, number, number, number] = [64, 78, 64, 66];
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const STYLES: Record<string, Record<string, unknown>> = {
	body: { fontSize: 10, lineHeight: 1.3, margin: [0, 0, 0, 7] },
	chapterNumber: { fontSize: 11, color: COLORS.accent, bold: true, margin: [0, 0, 0, 2] },
	chapterTitle: { fontSize: 20, bold: true, color: COLORS.primary, margin: [0, 0, 0, 14] },
	sectionTitle: { fontSize: 13, bold: true, color: COLORS.primary, margin: [0, 12, 0, 6] },
	tocTitle: { fontSize: 20, bold: true, color: COLORS.primary, margin: [0, 0, 0, 16] },
	tocChapter: { fontSize: 10.5, bold: true, color: COLORS.ink },
	tocSection: { fontSize: 9.5, color: COLORS.muted },
	caption: { fontSize: 9, bold: true, color: COLORS.primary },
	tableHeader: { fontSize: 8.5, bold: true, color: '#FFFFFF' },
	tableCell: { fontSize: 8.5, color: COLORS.ink, lineHeight: 1.15 },
	tableTotal: { fontSize: 8.5, bold: true, color: COLORS.primary },
	source: { fontSize: 7.5, color: COLORS.muted, italics: true, margin: [0, 3, 0, 12] },
	figureValue: { fontSize: 15, bold: true, color: COLORS.primary },
	figureLabel: { fontSize: 8.5, color: COLORS.muted },
	figureDetail: { fontSize: 8, color: COLORS.muted },
	calloutTitle: { fontSize: 9.5, bold: true, color: COLORS.primary, margin: [0, 0, 0, 2] },
	calloutText: { fontSize: 9.5, color: COLORS.ink, lineHeight: 1.25 },
	dense: { fontSize: 7.5 },
	furniture: { fontSize: 8, color: COLORS.muted }
};

export const DEFAULT_STYLE = { font: 'Roboto', fontSize: 10, color: COLORS.ink };
