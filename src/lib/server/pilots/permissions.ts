// What the pilot pages may offer a user (buttons, forms). Display hints only: every service call
// checks again. Decisions come from auth/authorize.ts.
import { canCreatePilot, canManagePilot } from '../auth/authorize';
import type { AuthUser } from '../auth/user';

export interface PilotPermissions {
	canCreate: boolean;
	canManage: boolean;
}

export function pilotPermissions(user: AuthUser): PilotPermissions {
	return { canCreate: canCreatePilot(user), canManage: canManagePilot(user) };
}
