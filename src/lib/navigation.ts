// Main navigation as data: a pure function of the user's roles (client-safe, unit-tested).
// Access itself is decided in auth/authorize.ts; hiding a link here is convenience, not security.
import type { Role } from '$lib/domain/roles';

export interface NavItem {
	href: string;
	label: string;
	/** Path prefixes that belong to this item (for aria-current="true" on sub-pages). */
	match: string[];
}

export interface NavigationInput {
	roles: readonly Role[];
	/** The school of a user whose only role is school_lead: "Meine Schule" links straight to it. */
	ownSchoolId?: string | null;
}

/** Items of the main navigation ("Hauptnavigation"); "Konto" sits in the user menu. */
export function navigationFor({ roles, ownSchoolId }: NavigationInput): NavItem[] {
	const items: NavItem[] = [{ href: '/start', label: 'Start', match: ['/start'] }];
	if (roles.length === 0) return items;

	const onlySchoolLead = roles.every((r) => r === 'school_lead');
	if (onlySchoolLead && ownSchoolId) {
		items.push({ href: `/schulen/${ownSchoolId}`, label: 'Meine Schule', match: ['/schulen'] });
	} else {
		// Admin, consultant, operator and IT staff reach their Schulträger (and from there the
		// schools and invitations); the list is filtered by visibleOperatorIds on the server.
		items.push({
			href: '/schultraeger',
			label: 'Schulträger',
			match: ['/schultraeger', '/schulen']
		});
	}

	// Every role works in planning rounds; the list holds only rounds of visible Schulträger.
	items.push({ href: '/runden', label: 'Planungsrunden', match: ['/runden'] });

	// The evaluation across all assigned Schulträger is KISA's view; others see it per round.
	if (roles.some((r) => r === 'admin' || r === 'consultant')) {
		items.push({ href: '/auswertung', label: 'Auswertung', match: ['/auswertung'] });
	}

	// KISA staff manage every pilot; school leads and operators read those of their schools.
	const seesPilots = roles.some(
		(r) => r === 'admin' || r === 'consultant' || r === 'operator' || r === 'school_lead'
	);
	if (seesPilots) {
		items.push({ href: '/pilotprojekte', label: 'Pilotprojekte', match: ['/pilotprojekte'] });
	}

	// Administration (issue 13): admins reach users and the mail outbox; operators manage the people
	// of their own Schulträger.
	if (roles.includes('admin')) {
		items.push({ href: '/verwaltung', label: 'Verwaltung', match: ['/verwaltung'] });
	} else if (roles.includes('operator')) {
		items.push({
			href: '/verwaltung/benutzer',
			label: 'Benutzer',
			match: ['/verwaltung/benutzer']
		});
	}

	return items;
}

/** Items of the user menu. */
export const ACCOUNT_ITEMS: NavItem[] = [{ href: '/konto', label: 'Konto', match: ['/konto'] }];

/**
 * aria-current for a navigation link: "page" on the item's own page, "true" on its sub-pages
 * (e.g. a school below "Schulträger"), otherwise undefined.
 */
export function currentState(item: NavItem, pathname: string): 'page' | 'true' | undefined {
	if (pathname === item.href) return 'page';
	const inSection = item.match.some(
		(prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)
	);
	return inSection ? 'true' : undefined;
}
