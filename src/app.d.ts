import type { AuthUser } from '$lib/server/auth/user';
import type { Session } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			user: AuthUser | null;
			session: Session | null;
		}
	}
}

export {};
