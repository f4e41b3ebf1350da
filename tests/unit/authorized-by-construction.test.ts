// Issue 10, point 3: unchecked access is impossible by construction. Every function that reads data
// without checking the user takes an Authorized<T, grant> value (auth/authorized.ts); a raw id or an
// unchecked object is a type error, and the brand can only be set in the authorization module.
// The compiler is run on a small file that tries exactly that; each attempt must fail to compile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'src', 'lib', 'server');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
	});
}

/** Each line is one attempt to read without a check; the compiler must refuse every one. */
const ATTEMPTS = [
	`costs.listCostItemsOf(db, roundId);`,
	`costs.listCostItemsOf(db, round);`,
	`costs.listMeasureCostItemsOf(db, round, [roundId]);`,
	`costs.listPlanSchoolsOf(db, round);`,
	`measures.listMeasuresForConcept(db, round);`,
	`measures.proposalsOfRound(db, round, new Date());`,
	`measures.ruleInputsOfRound(db, round, new Date());`,
	`evaluation.evaluationInputsOfRound(db, round, new Date());`,
	`survey.surveyDataOfRound(db, round);`,
	`survey.surveyDataOfSchool(db, { roundId, schoolId: roundId });`,
	`responses.listReadableResponses(db, user, round);`,
	`pilots.pilotsForMeasures(db, [{ id: roundId }]);`,
	`pilots.pilotsForMeasure(db, { id: roundId });`,
	`pilots.pilotsOfMeasure(db, user, { id: roundId });`,
	`concepts.reviewedVersion(db, { id: roundId }, 1);`,
	`concepts.latestReviewedVersion(db, { id: roundId });`,
	`concepts.recordReviewDecision(db, { id: roundId }, 'freigegeben', roundId, null, new Date());`,
	`concepts.setReviewedConceptStatus(db, { id: roundId }, 'freigegeben', new Date());`,
	`costs.insertMeasureCostItems(db, roundCosts, roundId, [], {} as never, roundId, new Date());`,
	// a round that may be seen is not a round whose costs may be read
	`costs.listCostItemsOf(db, seen);`,
	`evaluation.evaluationInputsOfRound(db, seen, new Date());`
];

/** The same functions with authorized values compile (so the refusals above are about the brand). */
const ALLOWED = [
	`costs.listCostItemsOf(db, roundCosts);`,
	`costs.listPlanSchoolsOf(db, seen);`,
	`measures.listMeasuresForConcept(db, roundCosts);`,
	`evaluation.evaluationInputsOfRound(db, evaluated, new Date());`,
	`survey.surveyDataOfRound(db, evaluated);`,
	`responses.listReadableResponses(db, user, seen);`
];

const HEADER = `
import type { Round } from '$lib/domain/rounds';
import type { Authorized } from '$lib/server/auth/authorized';
import type { AuthUser } from '$lib/server/auth/user';
import type { Db } from '$lib/server/db/client';
import * as concepts from '$lib/server/concepts';
import * as costs from '$lib/server/costs';
import * as evaluation from '$lib/server/evaluation';
import * as measures from '$lib/server/measures';
import * as pilots from '$lib/server/pilots';
import * as responses from '$lib/server/responses';
import * as survey from '$lib/server/survey';
declare const db: Db;
declare const user: AuthUser;
declare const roundId: string;
declare const round: Round;
declare const seen: Authorized<Round, 'round'>;
declare const roundCosts: Authorized<Round, 'round' | 'costs'>;
declare const evaluated: Authorized<Round, 'round' | 'roundEvaluation'>;
export {};
`;

function compile(body: string): readonly ts.Diagnostic[] {
	const configPath = join(ROOT, 'tsconfig.json');
	const config = ts.readConfigFile(configPath, ts.sys.readFile).config;
	const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
	const probe = join(ROOT, 'src', 'lib', 'server', '__authorization_probe__.ts');
	const host = ts.createCompilerHost(parsed.options);
	const readFile = host.readFile.bind(host);
	const fileExists = host.fileExists.bind(host);
	const getSourceFile = host.getSourceFile.bind(host);
	host.readFile = (f) => (f === probe ? HEADER + body : readFile(f));
	host.fileExists = (f) => f === probe || fileExists(f);
	host.getSourceFile = (f, lang, ...rest) =>
		f === probe ? ts.createSourceFile(f, HEADER + body, lang) : getSourceFile(f, lang, ...rest);
	const program = ts.createProgram({
		rootNames: [probe],
		options: { ...parsed.options, noEmit: true },
		host
	});
	return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe));
}

/** "is not assignable": the value lacks the brand (not a missing name or a syntax error). */
const NOT_ASSIGNABLE = new Set([2322, 2345, 2739, 2740, 2741, 2559]);

describe('unchecked access does not compile (issue 10.3)', () => {
	it('every attempt with a raw id or an unchecked value is a type error', () => {
		const lines = [...ATTEMPTS, ...ALLOWED];
		const body = lines.map((line, i) => `function attempt${i}() { ${line} }`).join('\n');
		const diagnostics = compile(body);
		const headerLines = HEADER.split('\n').length - 1;
		const lineOf = (d: ts.Diagnostic) =>
			d.file!.getLineAndCharacterOfPosition(d.start!).line - headerLines;
		const located = diagnostics.filter((d) => d.file && d.start !== undefined);
		const message = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, ' ');
		// the probe itself is sound: imports resolve, the allowed calls compile
		expect(
			located.filter((d) => lineOf(d) < 0 || lineOf(d) >= ATTEMPTS.length).map(message)
		).toEqual([]);
		const refused = new Set(located.filter((d) => NOT_ASSIGNABLE.has(d.code)).map(lineOf));
		const compiled = ATTEMPTS.filter((_, i) => !refused.has(i));
		expect(compiled, 'these calls compile without an authorized value').toEqual([]);
	}, 120_000);

	it('the brand is set only in auth/authorized.ts, and no unchecked export is left', () => {
		const offenders: string[] = [];
		for (const path of files(SERVER)) {
			const name = relative(ROOT, path);
			if (name.includes('/bench/')) continue;
			const text = readFileSync(path, 'utf8');
			if (!name.endsWith('auth/authorized.ts') && /as Authorized</.test(text))
				offenders.push(`${name}: casts to Authorized`);
			if (/export (async )?function \w*Unchecked\b|as \w*Unchecked\b/.test(text))
				offenders.push(`${name}: exports an unchecked function`);
			if (/caller must|must have authori[sz]ed|no access check/i.test(text))
				offenders.push(`${name}: leaves the check to its caller in a comment`);
		}
		expect(offenders).toEqual([]);
	});
});
