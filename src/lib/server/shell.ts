// Builds the app shell's display data from the signed-in user (see $lib/shell.ts).
import { ROLE_LABELS } from '$lib/domain/roles';
import { navigationFor } from '$lib/navigation';
import type { AppShellData } from '$lib/shell';
import { secondsUntilTimeout, type Session } from './auth/session';
import type { AuthUser } from './auth/user';

/** The school of a user who is school lead of exactly one school and nothing else. */
export function soleSchoolId(user: AuthUser): string | null {
	const roles = new Set(user.memberships.map((m) => m.role));
	if (roles.size !== 1 || !roles.has('school_lead')) return null;
	const schools = new Set(user.memberships.map((m) => m.organisationId));
	return schools.size === 1 ? [...schools][0] : null;
}

export function appShellData(user: AuthUser, session: Session, now = Date.now()): AppShellData {
	return {
		currentUser: {
			name: user.name,
			email: user.email,
			roles: user.memberships.map((m) => ({
				label: ROLE_LABELS[m.role],
				organisationName: m.organisationName
			}))
		},
		navigation: navigationFor({
			roles: user.memberships.map((m) => m.role),
			ownSchoolId: soleSchoolId(user)
		}),
		sessionSecondsLeft: secondsUntilTimeout(session, now)
	};
}
