import type { LayoutServerLoad } from './$types';

/** Only whether someone is signed in: public pages then offer "Zur Startseite" instead of "Anmelden". */
export const load: LayoutServerLoad = ({ locals }) => ({ signedIn: locals.user !== null });
