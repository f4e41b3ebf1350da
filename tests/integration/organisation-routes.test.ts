// Route level authorization matrix of the organisation pages (issue 2 "Done when" 2, quality.md S4):
// every load and action × every role × own / sibling / foreign organisation, as HTTP statuses.
// Plus bad input on every form: a German message at the field and a 4xx, never a 5xx (R5).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { DemoOrgKey } from '../../db/demo-data';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { MATRIX_ACTORS } from '../helpers/authorization-matrix';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

// The routes import the app's database singleton; point it at the test database instead.
const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));

const listPage = await import('../../src/routes/(app)/schultraeger/+page.server');
const newOperatorPage = await import('../../src/routes/(app)/schultraeger/neu/+page.server');
const operatorPage =
	await import('../../src/routes/(app)/schultraeger/[operatorId=id]/+page.server');
const editOperatorPage =
	await import('../../src/routes/(app)/schultraeger/[operatorId=id]/bearbeiten/+page.server');
const newSchoolPage =
	await import('../../src/routes/(app)/schultraeger/[operatorId=id]/schulen/neu/+page.server');
const schoolPage = await import('../../src/routes/(app)/schulen/[schoolId=id]/+page.server');

let db: Db;
let w: DemoWorld;

beforeEach(async () => {
	db = await createTestDb();
	holder.db = db;
	w = await seedDemoWorld(db);
});

type Fn = (event: never) => unknown;

function event(user: AuthUser, params: Record<string, string>, body?: Record<string, string>) {
	const request = new Request('http://localhost/x', {
		method: body ? 'POST' : 'GET',
		body: body ? new URLSearchParams(body) : undefined
	});
	const session = { id: 's', userId: user.id, createdAt: 0, lastActiveAt: 0 };
	return {
		locals: { user, session },
		params,
		request,
		url: new URL('http://localhost/x')
	} as never;
}

/** 200 for data, 303 for a redirect, else the error or failure status. Anything else fails the test. */
async function statusOf(fn: Fn, ev: never): Promise<number> {
	try {
		const result = await fn(ev);
		return isActionFailure(result) ? result.status : 200;
	} catch (err) {
		if (isRedirect(err)) return err.status;
		if (isHttpError(err)) return err.status;
		throw err;
	}
}

const schoolBody = { name: 'Schule X', schoolType: 'GS', pupils: '10' };
const operatorBody = { name: 'Schulträger X' };

interface RouteRow {
	route: string;
	fn: () => Fn;
	param: 'operatorId' | 'schoolId' | null;
	targets: Partial<Record<DemoOrgKey, string>>;
	body?: (w: DemoWorld) => Record<string, string>;
}

// Columns: admin consultantMs consultantBk operatorMs itMs leadMsGs. 200 = page, 303 = done.
const ROUTES: RouteRow[] = [
	{
		route: 'GET /schultraeger',
		fn: () => listPage.load as Fn,
		param: null,
		targets: { kisa: '200 200 200 200 200 200' }
	},
	{
		route: 'GET /schultraeger/neu',
		fn: () => newOperatorPage.load as Fn,
		param: null,
		targets: { kisa: '200 200 200 403 403 403' }
	},
	{
		route: 'POST /schultraeger/neu',
		fn: () => newOperatorPage.actions.default as Fn,
		param: null,
		targets: { kisa: '303 303 303 403 403 403' },
		body: () => operatorBody
	},
	{
		route: 'GET /schultraeger/[id]',
		fn: () => operatorPage.load as Fn,
		param: 'operatorId',
		targets: { musterstadt: '200 200 404 200 200 200', beispielkreis: '200 404 200 404 404 404' }
	},
	{
		route: 'POST /schultraeger/[id]?/assignConsultant',
		fn: () => operatorPage.actions.assignConsultant as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 403 404 403 403 403', beispielkreis: '303 404 403 404 404 404' },
		body: (w) => ({ consultantId: w.users.consultantBk.id })
	},
	{
		route: 'POST /schultraeger/[id]?/unassignConsultant',
		fn: () => operatorPage.actions.unassignConsultant as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 403 404 403 403 403', beispielkreis: '303 404 403 404 404 404' },
		body: (w) => ({ consultantId: w.users.consultantMs.id })
	},
	{
		route: 'POST /schultraeger/[id]?/deactivate',
		fn: () => operatorPage.actions.deactivate as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 303 404 403 403 403', beispielkreis: '303 404 303 404 404 404' },
		body: () => ({})
	},
	{
		route: 'POST /schultraeger/[id]?/reactivate',
		fn: () => operatorPage.actions.reactivate as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 303 404 403 403 403', beispielkreis: '303 404 303 404 404 404' },
		body: () => ({})
	},
	{
		route: 'GET /schultraeger/[id]/bearbeiten',
		fn: () => editOperatorPage.load as Fn,
		param: 'operatorId',
		targets: { musterstadt: '200 200 404 200 403 403', beispielkreis: '200 404 200 404 404 404' }
	},
	{
		route: 'POST /schultraeger/[id]/bearbeiten',
		fn: () => editOperatorPage.actions.default as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 303 404 303 403 403', beispielkreis: '303 404 303 404 404 404' },
		body: () => operatorBody
	},
	{
		route: 'GET /schultraeger/[id]/schulen/neu',
		fn: () => newSchoolPage.load as Fn,
		param: 'operatorId',
		targets: { musterstadt: '200 200 404 200 403 403', beispielkreis: '200 404 200 404 404 404' }
	},
	{
		route: 'POST /schultraeger/[id]/schulen/neu',
		fn: () => newSchoolPage.actions.default as Fn,
		param: 'operatorId',
		targets: { musterstadt: '303 303 404 303 403 403', beispielkreis: '303 404 303 404 404 404' },
		body: () => schoolBody
	},
	{
		route: 'GET /schulen/[id]',
		fn: () => schoolPage.load as Fn,
		param: 'schoolId',
		targets: {
			msGs: '200 200 404 200 200 200',
			msOs: '200 200 404 200 200 404',
			bkOs: '200 404 200 404 404 404'
		}
	},
	{
		route: 'POST /schulen/[id]?/update',
		fn: () => schoolPage.actions.update as Fn,
		param: 'schoolId',
		targets: {
			msGs: '303 303 404 303 403 303',
			msOs: '303 303 404 303 403 404',
			bkOs: '303 404 303 404 404 404'
		},
		body: () => schoolBody
	},
	{
		route: 'POST /schulen/[id]?/deactivate',
		fn: () => schoolPage.actions.deactivate as Fn,
		param: 'schoolId',
		targets: {
			msGs: '303 303 404 303 403 403',
			msOs: '303 303 404 303 403 404',
			bkOs: '303 404 303 404 404 404'
		},
		body: () => ({})
	}
];

describe('organisation routes: role × own / sibling / foreign', () => {
	for (const row of ROUTES) {
		for (const [target, expected] of Object.entries(row.targets)) {
			const statuses = expected.split(' ').map(Number);
			MATRIX_ACTORS.forEach((actor, i) => {
				it(`${row.route} (${target}) as ${actor} → ${statuses[i]}`, async () => {
					const params = row.param ? { [row.param]: w.orgs[target as DemoOrgKey] } : {};
					const ev = event(w.users[actor], params, row.body?.(w));
					expect(await statusOf(row.fn(), ev)).toBe(statuses[i]);
				});
			});
		}
	}

	it('shows a school lead only the own Schulträger with the one school', async () => {
		const data = (await listPage.load(event(w.users.leadMsGs, {}) as never)) as {
			operators: { id: string; schoolCount: number }[];
		};
		expect(data.operators.map((o) => [o.id, o.schoolCount])).toEqual([[w.orgs.musterstadt, 1]]);
	});
});

describe('bad input on every form', () => {
	const forms: [string, () => Fn, Record<string, string>][] = [
		['POST /schultraeger/neu', () => newOperatorPage.actions.default as Fn, {}],
		[
			'POST /schultraeger/[id]/bearbeiten',
			() => editOperatorPage.actions.default as Fn,
			{ operatorId: 'musterstadt' }
		],
		[
			'POST /schultraeger/[id]/schulen/neu',
			() => newSchoolPage.actions.default as Fn,
			{ operatorId: 'musterstadt' }
		],
		['POST /schulen/[id]?/update', () => schoolPage.actions.update as Fn, { schoolId: 'msGs' }],
		[
			'POST /schultraeger/[id]?/assignConsultant',
			() => operatorPage.actions.assignConsultant as Fn,
			{ operatorId: 'musterstadt' }
		]
	];
	const unknownId = '11111111-1111-4111-8111-111111111111';
	const payloads: Record<string, string>[] = [
		{},
		{ name: '', schoolType: '', consultantId: '' },
		{
			name: 'x'.repeat(5000),
			schoolType: 'GS',
			postalCode: 'abcde',
			pupils: '1e3',
			consultantId: 'x'
		},
		{
			name: 'Schule',
			schoolType: '<script>',
			postalCode: '1',
			classes: '-5',
			consultantId: unknownId
		}
	];

	for (const [route, fn, params] of forms) {
		it(`${route} answers 400 with German messages at the fields`, async () => {
			const resolved = Object.fromEntries(
				Object.entries(params).map(([k, v]) => [k, w.orgs[v as DemoOrgKey]])
			);
			for (const body of payloads) {
				const result = await fn()(event(w.users.admin, resolved, body) as never);
				expect(isActionFailure(result), JSON.stringify(body).slice(0, 80)).toBe(true);
				const failure = result as { status: number; data: { errors: Record<string, string[]> } };
				expect(failure.status).toBe(400);
				const messages = Object.values(failure.data.errors).flat();
				expect(messages.length).toBeGreaterThan(0);
				for (const m of messages) expect(m).toMatch(/^(Bitte|Die|Der)\b/);
			}
		});
	}

	it('refuses a body that is not a form without a 5xx', async () => {
		const request = new Request('http://localhost/x', {
			method: 'POST',
			body: '{"name":"x"}',
			headers: { 'content-type': 'application/json' }
		});
		const session = { id: 's', userId: w.users.admin.id, createdAt: 0, lastActiveAt: 0 };
		const ev = { locals: { user: w.users.admin, session }, params: {}, request } as never;
		const result = await (newOperatorPage.actions.default as Fn)(ev);
		expect(isActionFailure(result) && result.status).toBe(400);
	});

	it('keeps the stored data when an edit is refused', async () => {
		const before = await db
			.selectFrom('organisations')
			.selectAll()
			.where('id', '=', w.orgs.msOs)
			.executeTakeFirst();
		const ev = event(
			w.users.leadMsGs,
			{ schoolId: w.orgs.msOs },
			{ name: 'Übernommen', schoolType: 'GS' }
		);
		expect(await statusOf(schoolPage.actions.update as Fn, ev)).toBe(404);
		const after = await db
			.selectFrom('organisations')
			.selectAll()
			.where('id', '=', w.orgs.msOs)
			.executeTakeFirst();
		expect(after).toEqual(before);
	});
});
