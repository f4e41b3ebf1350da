import type { AuthUser } from '$lib/server/auth/user';
import type { MfaState, Session } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			user: AuthUser | null;
			session: Session | null;
			/**
			 * A session whose password step is done but whose second factor is outstanding ('totp') or
			 * not yet set up ('enrol'). Such a session reaches only the second-step pages.
			 */
			pending: { session: Session; userId: string; state: Exclude<MfaState, 'complete'> } | null;
		}
	}
}

export {};
