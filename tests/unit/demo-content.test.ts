// Issue 11 on the demo's own data: the rules judge the Musterstadt schools the way a Saxon operator
// and a KISA consultant would (fibre first, DSB from LaSuB, cabling and central support counted,
// € per pupil as a reference), and the terms are the Saxon ones.
import { describe, expect, it } from 'vitest';
import { DEMO_ORGS } from '../../db/demo-data';
import { IT_STAFF, SCHOOL_LEAD } from '../../db/demo-answers';
import { pupilDeviceNeed } from '../../src/lib/domain/measures';
import {
	itStaffQuestionnaire,
	schoolLeadQuestionnaire,
	teacherQuestionnaire
} from '../../db/questionnaires';
import { sampleConceptInput } from '../helpers/concept-sample';
import { assembleConcept } from '../../src/lib/domain/concept';
import { DIGCOMPEDU_LEVEL_LABELS } from '../../src/lib/domain/questionnaire/types';
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES } from '../../src/lib/domain/roles';
import type { Block } from '../../src/lib/domain/concept/model';
import {
	euros,
	FUNDING_PROGRAMMES,
	fundingBalance,
	fundingProgramme
} from '../../src/lib/domain/costs';

const input = sampleConceptInput();
const gy = DEMO_ORGS.msGy.id;
const os = DEMO_ORGS.msOs.id;
const gs = DEMO_ORGS.msGs.id;
const findingOf = (ruleId: string, schoolId: string) =>
	input.findings.find((f) => f.ruleId === ruleId && f.schoolId === schoolId);
const measureOf = (ruleId: string) => input.measures.find((m) => m.ruleId === ruleId);
const itemsOf = (ruleId: string) => {
	const m = measureOf(ruleId);
	return m ? input.costPlan.items.filter((i) => i.measureId === m.id) : [];
};
const keys = (q: { sections: { questions: { key: string }[] }[] }) =>
	q.sections.flatMap((s) => s.questions.map((x) => x.key));
const text = (blocks: readonly Block[]) => JSON.stringify(blocks);

describe('point 1: fibre first, Mbit/s per class only as a floor', () => {
	it('the demo Gymnasium (fibre, 1000/1000 Mbit/s, 28 classes) gets no fibre measure', () => {
		const gyIndicator = input.schools
			.find((s) => s.facts.schoolId === gy)!
			.indicators.find((i) => i.key === 'bandwidthPerClass')!;
		expect(gyIndicator).toMatchObject({ value: 35.7, light: 'gruen' });
		expect(findingOf('connectivity.upgrade', gy)).toBeUndefined();
		expect(measureOf('connectivity.upgrade')?.schoolIds ?? []).not.toContain(gy);
		expect(
			itemsOf('connectivity.upgrade').filter(
				(i) => i.schoolId === gy && i.category === 'connectivity'
			)
		).toEqual([]);
	});

	it('the Grundschule on VDSL (10 Mbit/s per class) is proposed fibre; the Oberschule with fibre under construction gets no second line', () => {
		expect(findingOf('connectivity.upgrade', gs)?.light).toBe('rot');
		expect(itemsOf('connectivity.upgrade').some((i) => i.schoolId === gs)).toBe(true);
		expect(findingOf('connectivity.upgrade', os)?.reason).toMatch(/bereits beauftragt/);
		expect(itemsOf('connectivity.upgrade').some((i) => i.schoolId === os)).toBe(false);
	});
});

describe('point 2: the DSB is provided by LaSuB, the school lead is the controller', () => {
	it('no question asks whether a DSB is appointed; the controller questions go to the school lead', () => {
		expect(keys(itStaffQuestionnaire)).not.toContain('privacy.dpo_named');
		expect(keys(schoolLeadQuestionnaire)).not.toContain('privacy.dpo_named');
		for (const key of [
			'privacy.processing_records',
			'privacy.dpia_platforms',
			'privacy.processor_agreements',
			'privacy.usage_rules'
		]) {
			expect(keys(schoolLeadQuestionnaire)).toContain(key);
			expect(keys(itStaffQuestionnaire)).not.toContain(key);
		}
	});

	it('the demo Gymnasium (no DPIA check yet) gets a documentation measure without a cost line or an appointment', () => {
		expect(findingOf('privacy.basics', gy)?.reason).toMatch(/Folgenabschätzung/);
		const m = measureOf('privacy.basics')!;
		expect(m.description).toMatch(/LaSuB/);
		expect(m.title).not.toMatch(/benennen/);
		expect(itemsOf('privacy.basics')).toEqual([]);
	});

	it('chapter 10 names the LaSuB DSB', () => {
		const doc = assembleConcept(input);
		const chapter = doc.chapters.find((c) => c.key === 'data_protection')!;
		expect(text(chapter.blocks)).toMatch(
			/Datenschutzbeauftragte.*LaSuB|LaSuB.*Datenschutzbeauftragte/
		);
	});
});

describe('point 5: cabling and central support are counted', () => {
	it('the Oberschule (85 % structured cabling) gets network outlets only for the uncabled share', () => {
		const lines = itemsOf('wlan.expand').filter((i) => i.schoolId === os);
		const aps = lines.find((l) => l.catalogueItemId === 'wlan.access_point')!;
		const outlets = lines.find((l) => l.catalogueItemId === 'cabling.outlet')!;
		expect(aps.quantity).toBe(11); // 30 % of 36 teaching rooms
		expect(outlets.quantity).toBe(2); // 15 % of 11
		expect(outlets.note).toMatch(/85 % der Räume strukturiert verkabelt/);
	});

	it("the Gymnasium (0,5 VZÄ) gets no technician because the operator's central support (2 VZÄ for 900 devices) covers it", () => {
		expect(findingOf('support.technicians', gy)).toBeUndefined();
	});
});

describe('point 6: € per pupil is a reference for general schools only', () => {
	it('the Förderschule has no reference and nothing is rated red or green', () => {
		const foes = input.costPlan.perPupil.find((r) => r.schoolId === DEMO_ORGS.msFoes.id)!;
		expect(foes.guide).toBeNull();
		const doc = assembleConcept(input);
		const costs = doc.chapters.find((c) => c.key === 'costs')!;
		const table = costs.blocks.find(
			(b) => b.type === 'table' && b.caption.includes('je Schülerin/Schüler')
		);
		expect(text(table ? [table] : [])).not.toMatch(/"light"/);
		expect(text(costs.blocks)).toMatch(/Referenz, nicht neben einem Mindestwert/);
	});
});

describe('point 11: Saxon terms', () => {
	it('uses "Berufliches Schulzentrum", Gemeinschaftsschule and Oberschule+', () => {
		expect(SCHOOL_TYPE_LABELS.BSZ).toBe('Berufliches Schulzentrum');
		expect(SCHOOL_TYPES).toEqual(expect.arrayContaining(['GMS', 'OSP']));
		expect(SCHOOL_TYPE_LABELS.GMS).toBe('Gemeinschaftsschule');
		expect(SCHOOL_TYPE_LABELS.OSP).toBe('Oberschule+');
	});

	it('names DigCompEdu levels and areas as the official German version does', () => {
		expect(DIGCOMPEDU_LEVEL_LABELS.C2).toBe('C2 Vorreiter/-in');
		const areas = JSON.stringify(teacherQuestionnaire);
		expect(areas).toContain('Lernerorientierung');
		expect(areas).toContain('Förderung der digitalen Kompetenz der Lernenden');
		expect(areas).not.toContain('Pionier');
	});

	it('calls the product "Medienentwicklungskonzept" throughout the concept', () => {
		const doc = assembleConcept(input);
		expect(doc.title).toBe('Medienentwicklungskonzept');
		expect(JSON.stringify(doc)).not.toMatch(/Medienentwicklungsplan\b/);
	});
});

describe('point 7: funding programmes as data (DP 2.0 lump sums, Land as cost bearer, own budget)', () => {
	it('every programme carries its source note, DP 2.0 runs 2025–2030 as a lump-sum allocation', () => {
		for (const f of FUNDING_PROGRAMMES) {
			// a published programme names its address; "other" is the operator's own record
			if (f.fundingSource !== 'other') expect(f.source.url, f.name).toMatch(/^https:\/\//);
			expect(f.source.publisher.length, f.name).toBeGreaterThan(3);
		}
		expect(fundingProgramme('digitalpakt_2')).toMatchObject({
			fromYear: 2025,
			toYear: 2030,
			allocation: 'lump_sum'
		});
		expect(fundingProgramme('digitalpakt_2')?.source.date).toBe('18.12.2025');
		expect(fundingProgramme('state')?.costBearer).toBe('land');
	});

	it('no demo cost item carries the old "90 % DigitalPakt" rate; investments go to the allocation, training to the Land, running costs to the own budget', () => {
		const items = input.costPlan.items;
		expect(
			items.some((i) => i.fundingSource === 'digitalpakt_2' && i.fundingRatePercent !== 100)
		).toBe(false);
		const ap = itemsOf('wlan.expand').find((i) => i.catalogueItemId === 'wlan.access_point')!;
		expect(ap).toMatchObject({
			fundingSource: 'digitalpakt_2',
			fundingRatePercent: 100,
			fundedUntilYear: 2030
		});
		for (const t of items.filter((i) => i.category === 'training'))
			expect(t).toMatchObject({ fundingSource: 'state', fundingRatePercent: 100 });
		const licence = itemsOf('wlan.expand').find((i) => i.catalogueItemId === 'wlan.management')!;
		expect(licence.fundingSource).toBe('own');
	});

	it('chapter 12 shows need vs. allocation vs. own budget per year with the demo allocation of 120.000 €', () => {
		const rows = fundingBalance(input.costPlan, input.operatorAnswers ?? {});
		expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
		expect(rows[0].allocationDp2).toBe(euros(120000));
		expect(rows[0].ownBudget).toBe(euros(310000));
		for (const r of rows) expect(r.operatorNeed).toBe(r.need - r.land);
		const doc = assembleConcept(input);
		const chapter = doc.chapters.find((c) => c.key === 'costs')!;
		const t = text(chapter.blocks);
		expect(t).toContain('Bedarf, Zuweisungen und Eigenmittel je Jahr');
		expect(t).toContain('Zuweisung DigitalPakt 2.0');
		expect(t).toContain('120.000');
		expect(t).toContain('Kostenträger Land');
	});
});

describe('point 3: renewal by cohort, same device type, never inside a binding period', () => {
	it('the Gymnasium renews its due cohorts in their years and keeps computer-room PCs as PCs', () => {
		const lines = itemsOf('inventory.renewal').filter((i) => i.schoolId === gy);
		const of = (id: string) => lines.filter((l) => l.catalogueItemId === id);
		// 200 + 40 tablets (2021/2020, cycle 4) are due in 2026; 64 notebooks (2023, cycle 5) in 2028
		expect(of('student.tablet').map((l) => [l.quantity, l.firstYear])).toEqual([
			[200, 2026],
			[40, 2026]
		]);
		expect(of('student.notebook').map((l) => [l.quantity, l.firstYear])).toEqual([[64, 2028]]);
		// 90 desktop PCs in the computer rooms are replaced by desktop PCs, not by tablets
		expect(of('student.desktop').map((l) => [l.quantity, l.firstYear])).toEqual([[90, 2027]]);
		// switches and access points (DP 1.0, binding until 2031) are not renewed inside the binding
		expect(of('cabling.access_switch')).toEqual([]);
		expect(of('wlan.access_point')).toEqual([]);
		expect(findingOf('inventory.renewal', gy)?.reason).toMatch(/Zweckbindung: Switches bis 2031/);
		// the wholesale "replace every pupil device by a tablet" rule does not fire with cohorts
		expect(findingOf('devices.renewal', gy)).toBeUndefined();
		expect(findingOf('network.renewal', gy)).toBeUndefined();
	});

	it('the 2021 teacher devices of the Gymnasium are renewed as teacher devices in 2026', () => {
		const lines = itemsOf('devices.teacher_renewal').filter((i) => i.schoolId === gy);
		expect(lines.map((l) => [l.catalogueItemId, l.quantity, l.firstYear])).toEqual([
			['teacher.notebook', 61, 2026]
		]);
	});
});

describe('point 4: pupil devices from the pedagogy, not 1:1 school tablets for everyone', () => {
	it('the Gymnasium (1:1 from grade 8, parent-financed) is not priced school tablets for its 742 pupils', () => {
		const facts = input.schools.find((s) => s.facts.schoolId === gy)!.facts;
		const need = pupilDeviceNeed(
			{
				facts,
				indicators: [],
				answers: { schoolLead: SCHOOL_LEAD.msGy as never, itStaff: IT_STAFF.msGy as never }
			},
			0.5
		)!;
		// grades 5–7 (318 pupils) share a pool of 159; grades 8–12 bring parent-financed devices,
		// the school keeps 40 loan devices for hardship cases; 304 tablets and notebooks are present
		expect(need).toMatchObject({ target: 199, present: 304, missing: 0 });
		expect(need.note).toMatch(/Lernmittelfreiheit/);
		expect(findingOf('devices.students', gy)).toBeUndefined();
	});
});

describe('point 9: the chapters a Saxon MEK has', () => {
	const doc = assembleConcept(input);
	const all = [...doc.chapters, ...doc.appendices];
	const textOf = (key: string) => text(all.find((c) => c.key === key)!.blocks);

	it('chapter 6 has the target equipment per room type with prices and sources', () => {
		const t = textOf('target_state');
		expect(t).toContain('Zielausstattung je Raumtyp');
		expect(t).toContain('Computerraum');
		expect(t).toContain('4.300–4.900');
	});

	it('chapter 9 has 1st/2nd/3rd level roles, service levels, Schullogin, lifecycle and disposal', () => {
		const t = textOf('operations');
		for (const s of [
			'1st Level',
			'2nd Level',
			'3rd Level',
			'Schullogin',
			'Entsorgung',
			'Supportmodell des Schulträgers'
		])
			expect(t).toContain(s);
	});

	it('chapters 3 and 8 have the MBK and training-plan status per school', () => {
		expect(textOf('profile')).toContain('Stand der Medienbildungskonzepte (MBK)');
		expect(textOf('training')).toContain('Fortbildungspläne, Multiplikatoren und Beteiligung');
		expect(textOf('competences')).toContain('technisch-pädagogisches Einsatzkonzept');
	});

	it('appendix A lists the inventory by cohort; the funding annex has binding periods and the council resolution', () => {
		const a = textOf('inventory');
		expect(a).toContain('Gerätebestand nach Kohorten');
		expect(a).toContain('PCs in Computerräumen');
		const f = textOf('funding_annex');
		expect(f).toContain('Zweckbindungsfristen');
		expect(f).toContain('Beschlussvorschlag');
		expect(f).toContain('2031'); // switches bound until 2031
	});
});

describe('point 10: stakeholders named as a Saxon reader expects', () => {
	it('chapter 2 names LaSuB, the Städte- und Gemeindetag, the Landkreistag and a staff council that is "beteiligt"', () => {
		const t = text(assembleConcept(input).chapters.find((c) => c.key === 'basis')!.blocks);
		expect(t).toContain('Landesamt für Schule und Bildung (LaSuB)');
		expect(t).toContain('Sächsischer Städte- und Gemeindetag');
		expect(t).toContain('Sächsischer Landkreistag');
		expect(t).toMatch(/Personalrat ist an der Befragung der Lehrkräfte beteiligt \(SächsPersVG\)/);
	});

	it('the school lead is asked whether the teacher survey is coordinated with LaSuB', () => {
		expect(keys(schoolLeadQuestionnaire)).toContain('training.survey_lasub_coordinated');
		const council = schoolLeadQuestionnaire.sections
			.flatMap((s) => s.questions)
			.find((q) => q.key === 'training.staff_council_informed')!;
		expect(council.label).toMatch(/beteiligt/);
	});
});
