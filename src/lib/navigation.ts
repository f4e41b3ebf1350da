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

	// ── Later features (add here, each gated by role) ──────────────────────────────────────────
	// Planungsrunden: { href: '/runden', label: 'Planungsrunden', match: ['/runden'] }
	//   (all roles; the list shows only rounds of visible Schulträger)
	// Auswertung:     under /runden/[roundId]/auswertung (consultant, operator, admin)
	// Pilotprojekte:  { href: '/pilotprojekte', ... } (admin, consultant; read-only for operators)
	// ─────────────────────────────────────────────────────────────────────────────────────────

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
