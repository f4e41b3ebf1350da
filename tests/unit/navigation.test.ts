import { describe, expect, it } from 'vitest';
import { currentState, navigationFor } from '../../src/lib/navigation';
import { missingMasterData } from '../../src/lib/domain/master-data';
import { appShellData, soleSchoolId } from '../../src/lib/server/shell';
import type { AuthUser, Membership } from '../../src/lib/server/auth/user';

const SCHOOL = '00000000-0000-4000-8000-000000000011';
const OTHER_SCHOOL = '00000000-0000-4000-8000-000000000012';
const OPERATOR = '00000000-0000-4000-8000-000000000010';

function membership(role: Membership['role'], organisationId: string): Membership {
	const kind =
		role === 'admin' || role === 'consultant'
			? 'kisa'
			: organisationId === OPERATOR
				? 'operator'
				: 'school';
	return {
		organisationId,
		organisationKind: kind,
		organisationName: kind === 'school' ? 'Grundschule Am Lindenhof' : 'Stadt Musterstadt',
		parentId: kind === 'school' ? OPERATOR : null,
		role
	};
}

function user(memberships: Membership[]): AuthUser {
	return {
		id: 'u1',
		email: 'a@b.example',
		name: 'Sabine Lindner',
		memberships,
		assignedOperatorIds: []
	};
}

describe('navigationFor', () => {
	it('offers the administration to admins and the user list to operators only', () => {
		expect(navigationFor({ roles: ['admin'] }).map((i) => i.href)).toContain('/verwaltung');
		expect(navigationFor({ roles: ['operator'] }).map((i) => i.href)).toContain(
			'/verwaltung/benutzer'
		);
		for (const role of ['consultant', 'school_lead', 'it_staff'] as const) {
			const hrefs = navigationFor({ roles: [role], ownSchoolId: SCHOOL }).map((i) => i.href);
			expect(hrefs.filter((h) => h.startsWith('/verwaltung'))).toEqual([]);
		}
	});

	it('gives every signed-in role the start page first', () => {
		for (const role of ['admin', 'consultant', 'operator', 'school_lead', 'it_staff'] as const) {
			expect(navigationFor({ roles: [role] })[0]).toMatchObject({ href: '/start', label: 'Start' });
		}
	});

	it('leads KISA staff, operators and IT staff to the Schulträger list', () => {
		for (const role of ['admin', 'consultant', 'operator', 'it_staff'] as const) {
			const labels = navigationFor({ roles: [role] }).map((i) => i.label);
			expect(labels.slice(0, 2)).toEqual(['Start', 'Schulträger']);
		}
	});

	it('offers pilot projects to KISA staff, operators and school leads, not to IT staff', () => {
		for (const role of ['admin', 'consultant', 'operator', 'school_lead'] as const) {
			const items = navigationFor({ roles: [role], ownSchoolId: SCHOOL });
			expect(items.map((i) => i.href)).toContain('/pilotprojekte');
		}
		expect(navigationFor({ roles: ['it_staff'] }).map((i) => i.href)).not.toContain(
			'/pilotprojekte'
		);
	});

	it('leads a school lead of one school straight to "Meine Schule"', () => {
		const items = navigationFor({ roles: ['school_lead'], ownSchoolId: SCHOOL });
		expect(items.map((i) => [i.label, i.href])).toEqual([
			['Start', '/start'],
			['Meine Schule', `/schulen/${SCHOOL}`],
			['Planungsrunden', '/runden'],
			['Pilotprojekte', '/pilotprojekte']
		]);
	});

	it('falls back to the list when a school lead also holds another role', () => {
		const items = navigationFor({ roles: ['school_lead', 'it_staff'], ownSchoolId: SCHOOL });
		expect(items.map((i) => i.label)).toEqual([
			'Start',
			'Schulträger',
			'Planungsrunden',
			'Pilotprojekte'
		]);
	});

	it('offers planning rounds to every role and the cross-operator evaluation to KISA staff only', () => {
		for (const role of ['admin', 'consultant', 'operator', 'school_lead', 'it_staff'] as const) {
			const hrefs = navigationFor({ roles: [role], ownSchoolId: SCHOOL }).map((i) => i.href);
			expect(hrefs).toContain('/runden');
			expect(hrefs.includes('/auswertung')).toBe(role === 'admin' || role === 'consultant');
		}
	});

	it('offers only the start page to a user without memberships', () => {
		expect(navigationFor({ roles: [] }).map((i) => i.href)).toEqual(['/start']);
	});
});

describe('currentState', () => {
	const schultraeger = navigationFor({ roles: ['admin'] })[1];

	it("marks the item's own page as the current page", () => {
		expect(currentState(schultraeger, '/schultraeger')).toBe('page');
	});

	it('marks sub-pages, including schools, as inside the section', () => {
		expect(currentState(schultraeger, `/schultraeger/${OPERATOR}`)).toBe('true');
		expect(currentState(schultraeger, `/schulen/${SCHOOL}`)).toBe('true');
	});

	it('does not match paths that merely share a prefix', () => {
		expect(currentState(schultraeger, '/schultraegerliste')).toBeUndefined();
		expect(currentState(schultraeger, '/start')).toBeUndefined();
	});
});

describe('appShellData', () => {
	it('shows German role labels with organisation names and no ids or hashes', () => {
		const now = 1_000_000_000_000;
		const session = { id: 's', userId: 'u1', createdAt: now, lastActiveAt: now };
		const data = appShellData(user([membership('school_lead', SCHOOL)]), session, now + 60_000);
		expect(data.currentUser).toEqual({
			name: 'Sabine Lindner',
			email: 'a@b.example',
			roles: [{ label: 'Schulleitung', organisationName: 'Grundschule Am Lindenhof' }]
		});
		expect(JSON.stringify(data.currentUser)).not.toContain('u1');
		expect(data.sessionSecondsLeft).toBe(8 * 60 * 60 - 60);
		expect(data.navigation.map((i) => i.label)).toEqual([
			'Start',
			'Meine Schule',
			'Planungsrunden',
			'Pilotprojekte'
		]);
	});

	it('finds the sole school only for a school lead of exactly one school', () => {
		expect(soleSchoolId(user([membership('school_lead', SCHOOL)]))).toBe(SCHOOL);
		expect(
			soleSchoolId(
				user([membership('school_lead', SCHOOL), membership('school_lead', OTHER_SCHOOL)])
			)
		).toBeNull();
		expect(soleSchoolId(user([membership('operator', OPERATOR)]))).toBeNull();
	});
});

describe('missingMasterData', () => {
	const complete = {
		schoolNumber: '4100101',
		street: 'Lindenweg 1',
		postalCode: '01234',
		city: 'Musterstadt',
		pupils: 212,
		classes: 10,
		teachers: 16
	};

	it('is empty for complete master data', () => {
		expect(missingMasterData(complete)).toEqual([]);
	});

	it('names missing, blank and non-positive figures in form order', () => {
		expect(
			missingMasterData({ ...complete, schoolNumber: ' ', city: null, pupils: 0, teachers: null })
		).toEqual(['Schulnummer', 'Anschrift', 'Schülerzahl', 'Zahl der Lehrkräfte']);
	});
});
