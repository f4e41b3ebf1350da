// Pilot form input: German dates and euro amounts, German messages at the right fields.
import { describe, expect, it } from 'vitest';
import {
	DecisionInput,
	KpiInput,
	LightInput,
	MeasurementInput,
	PilotInput,
	RiskInput,
	parseInput
} from '../../src/lib/server/pilots/input';

const pilot = {
	title: ' Tablet-Pilot ',
	goal: 'Ziel',
	hypothesis: '',
	description: '',
	startOn: '2026-08-01',
	endOn: '31.07.2027',
	ownerUserId: '',
	ownerName: 'Frau Muster',
	budgetPlannedCents: '12.500,50',
	budgetSpentCents: '',
	fundingSource: '',
	status: 'laufend'
};

describe('PilotInput', () => {
	it('parses German dates and euro amounts into ISO days and cents', () => {
		const r = parseInput(PilotInput, pilot);
		expect(r).toEqual({
			ok: true,
			data: expect.objectContaining({
				title: 'Tablet-Pilot',
				hypothesis: null,
				endOn: '2027-07-31',
				budgetPlannedCents: 1_250_050,
				budgetSpentCents: null,
				ownerUserId: null
			})
		});
	});

	it('puts German messages at the fields', () => {
		const r = parseInput(PilotInput, {
			...pilot,
			title: '',
			endOn: '2026-07-01',
			ownerName: '',
			budgetPlannedCents: 'viel',
			status: 'unbekannt'
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.title?.[0]).toBe('Bitte geben Sie einen Titel ein.');
		expect(r.errors.budgetPlannedCents?.[0]).toMatch(/als Betrag in Euro/);
		expect(r.errors.status?.[0]).toMatch(/Status aus der Liste/);
	});

	it('checks the period and the owner once the fields are valid', () => {
		const r = parseInput(PilotInput, { ...pilot, endOn: '2026-07-01', ownerName: '' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.endOn?.[0]).toBe('Das Ende darf nicht vor dem Beginn liegen.');
		expect(r.errors.ownerUserId?.[0]).toMatch(/verantwortliche Person/);
		const both = parseInput(PilotInput, {
			...pilot,
			ownerUserId: '00000000-0000-4000-9000-000000000002'
		});
		expect(both.ok ? null : both.errors.ownerName?.[0]).toMatch(/nicht beides/);
	});

	it('rejects impossible dates and survives non-object input', () => {
		const r = parseInput(PilotInput, { ...pilot, startOn: '30.02.2026' });
		expect(r.ok ? null : r.errors.startOn?.[0]).toBe(
			'Bitte geben Sie den Beginn als Datum ein (TT.MM.JJJJ).'
		);
		expect(parseInput(PilotInput, 'kaputt').ok).toBe(false);
	});
});

describe('part inputs', () => {
	it('checks the KPI direction against baseline and target', () => {
		const ok = parseInput(KpiInput, {
			kpiName: 'Tage',
			kpiUnit: 'Tage',
			kpiBaseline: '6',
			kpiTarget: '2,5',
			kpiDirection: 'down'
		});
		expect(ok).toMatchObject({ ok: true, data: { kpiTarget: 2.5 } });
		const bad = parseInput(KpiInput, {
			kpiName: 'Tage',
			kpiUnit: 'Tage',
			kpiBaseline: '6',
			kpiTarget: '8',
			kpiDirection: 'down'
		});
		expect(bad.ok ? null : bad.errors.kpiTarget?.[0]).toMatch(/unter dem Ausgangswert/);
	});

	it('reads measurements, risks, light and decision', () => {
		const m = parseInput(MeasurementInput, {
			measurementKpi: '00000000-0000-4000-9000-000000000002',
			measuredOn: '2026-11-01',
			measurementValue: '1.234,5',
			measurementNote: ''
		});
		expect(m).toMatchObject({
			ok: true,
			data: { measurementValue: 1234.5, measurementNote: null }
		});
		const noValue = parseInput(MeasurementInput, {
			measurementKpi: 'x',
			measuredOn: '',
			measurementValue: 'abc'
		});
		expect(noValue.ok ? [] : Object.keys(noValue.errors).sort()).toEqual([
			'measuredOn',
			'measurementKpi',
			'measurementValue'
		]);
		expect(
			parseInput(RiskInput, {
				riskTitle: 'R',
				riskLikelihood: '3',
				riskImpact: '2',
				riskMitigation: '',
				riskStatus: 'offen'
			})
		).toMatchObject({ ok: true, data: { riskLikelihood: 3, riskImpact: 2 } });
		expect(
			parseInput(RiskInput, {
				riskTitle: 'R',
				riskLikelihood: '4',
				riskImpact: '2',
				riskStatus: 'offen'
			}).ok
		).toBe(false);
		const light = parseInput(LightInput, {
			light: 'kritisch',
			lightReason: '',
			lightAssessedOn: '2026-11-24'
		});
		expect(light.ok ? null : light.errors.lightReason?.[0]).toMatch(/begründen/);
		expect(
			parseInput(DecisionInput, { decision: '', decisionReasoning: '', decidedOn: '' })
		).toMatchObject({ ok: true, data: { decision: null } });
		const d = parseInput(DecisionInput, { decision: 'ausrollen', decisionReasoning: '' });
		expect(d.ok ? null : d.errors.decisionReasoning?.[0]).toBe(
			'Bitte begründen Sie die Entscheidung.'
		);
	});
});
