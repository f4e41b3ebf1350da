// The demo world (issue 2): KISA, Stadt Musterstadt (4 schools), Landkreis Beispielkreis (3 schools)
// and one login per person. Fixed ids so tests and links can name them. Demo only: never production.

export const DEMO_PASSWORD = 'Demo-MEK-2026!';

/**
 * Demo only: the TOTP key (base32, RFC 6238, 30 s, 6 digits) with which the demo admin and consultant
 * accounts are seeded already enrolled, so the demo stays easy to try (add it to any authenticator
 * app) and the tests can compute codes. Real accounts enrol with their own random key.
 */
export const DEMO_TOTP_SECRET = 'MEKDEMOKISATOTPNURFUERDIEDEMO234';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_ORGS = {
	kisa: {
		id: id(1),
		kind: 'kisa',
		name: 'KISA – Zweckverband Kommunale Informationsverarbeitung Sachsen'
	},
	musterstadt: {
		id: id(10),
		kind: 'operator',
		name: 'Stadt Musterstadt',
		operatorType: 'gemeinde',
		municipalityKey: '14522999'
	},
	msGs: {
		id: id(11),
		kind: 'school',
		parent: 'musterstadt',
		name: 'Grundschule Am Lindenhof',
		schoolType: 'GS',
		schoolNumber: '4100101',
		pupils: 212,
		classes: 10,
		teachers: 16
	},
	msOs: {
		id: id(12),
		kind: 'school',
		parent: 'musterstadt',
		name: 'Oberschule Musterstadt',
		schoolType: 'OS',
		schoolNumber: '4100202',
		pupils: 486,
		classes: 20,
		teachers: 38
	},
	msGy: {
		id: id(13),
		kind: 'school',
		parent: 'musterstadt',
		name: 'Goethe-Gymnasium Musterstadt',
		schoolType: 'GY',
		schoolNumber: '4100303',
		pupils: 742,
		classes: 28,
		teachers: 61
	},
	msFoes: {
		id: id(14),
		kind: 'school',
		parent: 'musterstadt',
		name: 'Förderschule Am Park',
		schoolType: 'FOES',
		schoolNumber: '4100404',
		pupils: 98,
		classes: 9,
		teachers: 21
	},
	beispielkreis: {
		id: id(20),
		kind: 'operator',
		name: 'Landkreis Beispielkreis',
		operatorType: 'landkreis',
		municipalityKey: '14627000'
	},
	bkOs: {
		id: id(21),
		kind: 'school',
		parent: 'beispielkreis',
		name: 'Oberschule Talblick',
		schoolType: 'OS',
		schoolNumber: '4200101',
		pupils: 398,
		classes: 17,
		teachers: 31
	},
	bkGy: {
		id: id(22),
		kind: 'school',
		parent: 'beispielkreis',
		name: 'Gymnasium Bergstadt',
		schoolType: 'GY',
		schoolNumber: '4200202',
		pupils: 655,
		classes: 25,
		teachers: 54
	},
	bkBsz: {
		id: id(23),
		kind: 'school',
		parent: 'beispielkreis',
		name: 'Berufliches Schulzentrum Beispielkreis',
		schoolType: 'BSZ',
		schoolNumber: '4200303',
		pupils: 1320,
		classes: 58,
		teachers: 96
	}
} as const;

export type DemoOrgKey = keyof typeof DEMO_ORGS;

export interface DemoAccount {
	key: string;
	email: string;
	name: string;
	role: 'admin' | 'consultant' | 'operator' | 'school_lead' | 'it_staff';
	org: DemoOrgKey;
	/** Consultants: the Schulträger assigned to them. */
	assigned?: DemoOrgKey[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ key: 'admin', email: 'admin@kisa.example', name: 'Andrea Admin', role: 'admin', org: 'kisa' },
	{
		key: 'consultantMs',
		email: 'beratung.nord@kisa.example',
		name: 'Bernd Berater',
		role: 'consultant',
		org: 'kisa',
		assigned: ['musterstadt']
	},
	{
		key: 'consultantBk',
		email: 'beratung.sued@kisa.example',
		name: 'Carla Beraterin',
		role: 'consultant',
		org: 'kisa',
		assigned: ['beispielkreis']
	},
	{
		key: 'operatorMs',
		email: 'traeger@musterstadt.example',
		name: 'Olaf Ordnungsamt',
		role: 'operator',
		org: 'musterstadt'
	},
	{
		key: 'itMs',
		email: 'it@musterstadt.example',
		name: 'Ines IT-Service',
		role: 'it_staff',
		org: 'musterstadt'
	},
	{
		key: 'leadMsGs',
		email: 'sl.grundschule@musterstadt.example',
		name: 'Sabine Lindner',
		role: 'school_lead',
		org: 'msGs'
	},
	{
		key: 'leadMsOs',
		email: 'sl.oberschule@musterstadt.example',
		name: 'Thomas Ober',
		role: 'school_lead',
		org: 'msOs'
	},
	{
		key: 'leadMsGy',
		email: 'sl.gymnasium@musterstadt.example',
		name: 'Gisela Goethe',
		role: 'school_lead',
		org: 'msGy'
	},
	{
		key: 'leadMsFoes',
		email: 'sl.foerderschule@musterstadt.example',
		name: 'Frank Park',
		role: 'school_lead',
		org: 'msFoes'
	},
	{
		key: 'operatorBk',
		email: 'traeger@beispielkreis.example',
		name: 'Petra Kreis',
		role: 'operator',
		org: 'beispielkreis'
	},
	{
		key: 'itBk',
		email: 'it@beispielkreis.example',
		name: 'Ivo Netz',
		role: 'it_staff',
		org: 'beispielkreis'
	},
	{
		key: 'leadBkOs',
		email: 'sl.oberschule@beispielkreis.example',
		name: 'Tanja Tal',
		role: 'school_lead',
		org: 'bkOs'
	},
	{
		key: 'leadBkGy',
		email: 'sl.gymnasium@beispielkreis.example',
		name: 'Georg Berg',
		role: 'school_lead',
		org: 'bkGy'
	},
	{
		key: 'leadBkBsz',
		email: 'sl.bsz@beispielkreis.example',
		name: 'Birgit Beruf',
		role: 'school_lead',
		org: 'bkBsz'
	}
];
