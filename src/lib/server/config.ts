// Deployment-specific texts for the legal pages (Impressum, Datenschutz, Barrierefreiheit), read
// from the environment at runtime so one build serves any operator. Defaults describe KISA.
import { env } from '$env/dynamic/private';

export interface LegalConfig {
	operatorName: string;
	/** Legal form and representation, e.g. "Körperschaft des öffentlichen Rechts, vertreten durch …". */
	operatorRepresentation: string;
	/** Postal address, one line per element. */
	addressLines: string[];
	email: string;
	phone: string;
	/** Data protection officer (Datenschutzbeauftragte/r). */
	privacyOfficerEmail: string;
	/** Feedback contact for accessibility barriers (BITV 2.0 § 7, SächsBfWebG). */
	accessibilityEmail: string;
	accessibilityPhone: string;
	/** Date the accessibility statement was last reviewed (German date text). */
	accessibilityReviewed: string;
	/** Supervisory authority of the operator (Impressum). */
	supervisoryAuthority: string;
	/** Where people turn when the feedback contact does not help (Durchsetzungsverfahren). */
	enforcement: { lines: string[]; email: string; url: string };
}

const DEFAULTS = {
	operatorName: 'KISA – Zweckverband Kommunale Informationsverarbeitung Sachsen',
	operatorRepresentation:
		'Körperschaft des öffentlichen Rechts, vertreten durch die Geschäftsführung',
	address: 'Eilenburger Straße 1a; 04317 Leipzig',
	email: 'kontakt@kisa.example',
	phone: '+49 341 000000-0',
	privacyOfficerEmail: 'datenschutz@kisa.example',
	accessibilityEmail: 'barrierefreiheit@kisa.example',
	accessibilityReviewed: '24. November 2026',
	supervisoryAuthority: 'Landesdirektion Sachsen',
	// Saxony: the Durchsetzungsstelle at the Staatskanzlei (SächsBfWebG; durchsetzungsstelle.sachsen.de).
	enforcementLines:
		'Sächsische Staatskanzlei; Durchsetzungsstelle beim Beauftragten der Sächsischen Staatsregierung für die Belange von Menschen mit Behinderungen; Archivstraße 1; 01097 Dresden',
	enforcementEmail: 'Durchsetzungsstelle@sk.sachsen.de',
	enforcementUrl: 'https://www.durchsetzungsstelle.sachsen.de'
};

/** "a; b; c" → ["a", "b", "c"]: multi-line texts in one environment variable. */
function lines(value: string): string[] {
	return value
		.split(';')
		.map((line) => line.trim())
		.filter(Boolean);
}

type EnvSource = Record<string, string | undefined>;

/** Reads the legal texts from `source` (the process environment by default; tests pass their own). */
export function legalConfig(source: EnvSource = env): LegalConfig {
	/** Trimmed value or the default; empty variables count as unset. */
	const read = (name: string, fallback: string): string => source[name]?.trim() || fallback;
	const phone = read('LEGAL_PHONE', DEFAULTS.phone);
	return {
		operatorName: read('LEGAL_OPERATOR_NAME', DEFAULTS.operatorName),
		operatorRepresentation: read('LEGAL_REPRESENTATION', DEFAULTS.operatorRepresentation),
		// LEGAL_ADDRESS uses ";" between lines: "Eilenburger Straße 1a; 04317 Leipzig".
		addressLines: lines(read('LEGAL_ADDRESS', DEFAULTS.address)),
		email: read('LEGAL_EMAIL', DEFAULTS.email),
		phone,
		privacyOfficerEmail: read('PRIVACY_OFFICER_EMAIL', DEFAULTS.privacyOfficerEmail),
		accessibilityEmail: read('ACCESSIBILITY_CONTACT_EMAIL', DEFAULTS.accessibilityEmail),
		accessibilityPhone: read('ACCESSIBILITY_CONTACT_PHONE', phone),
		accessibilityReviewed: read('ACCESSIBILITY_REVIEWED', DEFAULTS.accessibilityReviewed),
		supervisoryAuthority: read('LEGAL_SUPERVISORY_AUTHORITY', DEFAULTS.supervisoryAuthority),
		enforcement: {
			lines: lines(read('ACCESSIBILITY_ENFORCEMENT_BODY', DEFAULTS.enforcementLines)),
			email: read('ACCESSIBILITY_ENFORCEMENT_EMAIL', DEFAULTS.enforcementEmail),
			url: read('ACCESSIBILITY_ENFORCEMENT_URL', DEFAULTS.enforcementUrl)
		}
	};
}
