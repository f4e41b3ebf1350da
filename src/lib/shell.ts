// Data the app shell (header, navigation, user menu, session warning) gets from the (app) layout.
// Display data only: no ids beyond links, never hashes or e-mail of others.
import type { NavItem } from './navigation';

export interface ShellRole {
	/** German role label, e.g. "Schulleitung". */
	label: string;
	organisationName: string;
}

export interface ShellUser {
	name: string;
	email: string;
	roles: ShellRole[];
}

export interface AppShellData {
	currentUser: ShellUser;
	navigation: NavItem[];
	/** Seconds until the session times out from inactivity (or reaches its absolute limit). */
	sessionSecondsLeft: number;
}
