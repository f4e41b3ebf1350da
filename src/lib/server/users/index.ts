// Public API of the user administration (routes import only this).
export {
	canAdministerUsers,
	changeRole,
	grantableRoles,
	listManagedUsers,
	setUserActive
} from './service';
export type { ManagedUser, UserMembership } from './repository';
