import { isAdmin, isConsultant } from '$lib/server/auth/authorize';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { getSchool, listOperators, listSchools } from '$lib/server/organisations';
import { missingMasterData } from '$lib/domain/master-data';
import { schoolTypeLabel, type Organisation } from '$lib/domain/organisation';
import type { PageServerLoad } from './$types';

interface StartOperator {
	id: string;
	name: string;
	isActive: boolean;
	schoolCount: number;
}

interface StartSchool {
	id: string;
	name: string;
	typeLabel: string;
	isActive: boolean;
	missing: string[];
}

function toStartSchool(school: Organisation): StartSchool {
	return {
		id: school.id,
		name: school.name,
		typeLabel: schoolTypeLabel(school.schoolType),
		isActive: school.isActive,
		missing: missingMasterData(school)
	};
}

/**
 * What each role should do next. Every list comes from the organisations service, which filters by
 * the user's access (visibleOperatorIds, canReadOrganisation); nothing is decided here.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	const roles = new Set(user.memberships.map((m) => m.role));
	const operators = (await listOperators(db, user)).map((o) => ({
		id: o.id,
		name: o.name,
		isActive: o.isActive,
		schoolCount: o.schoolCount
	}));

	// Operator staff and operator-wide IT staff: every school of their Schulträger.
	const operatorMemberships = user.memberships.filter(
		(m) => m.organisationKind === 'operator' && (m.role === 'operator' || m.role === 'it_staff')
	);
	const operatorSchools: { operator: StartOperator; role: string; schools: StartSchool[] }[] = [];
	for (const m of operatorMemberships) {
		const operator = operators.find((o) => o.id === m.organisationId);
		if (!operator) continue;
		const schools = await listSchools(db, user, operator.id);
		operatorSchools.push({ operator, role: m.role, schools: schools.map(toStartSchool) });
	}

	// School leads and school-level IT staff: their own schools.
	const ownSchools: { role: string; school: StartSchool }[] = [];
	for (const m of user.memberships.filter((m) => m.organisationKind === 'school')) {
		ownSchools.push({
			role: m.role,
			school: toStartSchool(await getSchool(db, user, m.organisationId))
		});
	}

	return {
		isAdmin: isAdmin(user),
		isConsultant: isConsultant(user),
		isOperator: roles.has('operator'),
		operators,
		operatorSchools,
		ownSchools
	};
};
