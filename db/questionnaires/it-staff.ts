// Questionnaire for IT staff (IT-Betreuung): connectivity, LAN, WLAN, presentation, devices,
// platforms, support, data protection and security.

import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { devices, presentation } from './it-staff/equipment';
import { connectivity, wlan } from './it-staff/network';
import { platforms, security, support } from './it-staff/operations';
import { SOURCE_DOMAIN } from './shared';

export const itStaffQuestionnaire: QuestionnaireDefinition = {
	key: 'it-staff',
	version: 1,
	title: 'Bedarfserhebung – IT-Betreuung',
	description:
		'Bestandsaufnahme der technischen Infrastruktur einer Schule: Anbindung, Netzwerk, WLAN, Präsentationstechnik, Endgeräte, Plattformen, Support und Sicherheit. Auszufüllen von der IT-Betreuung der Schule oder des Schulträgers.',
	audience: 'it_staff',
	scope: 'school',
	sections: [connectivity, wlan, presentation, devices, platforms, support, security],
	source: `${SOURCE_DOMAIN} (B–H); §3 Bandbreite, WLAN (Orientierungshilfe 2019–2021 nach LernSax), Geräte und Personal (Bertelsmann/ifib 2017), Erneuerungszyklen, Support; §7 Datenschutz.`
};
