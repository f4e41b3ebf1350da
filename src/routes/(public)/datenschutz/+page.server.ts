import { legalConfig } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/** Texts come from the environment (LEGAL_*, see README "Konfiguration"). */
export const load: PageServerLoad = () => ({ legal: legalConfig() });
