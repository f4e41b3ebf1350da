// P3: teacher survey submission (one transaction) at 50 connections. Each request carries a fresh
// submission id, so every request stores a new anonymous response; success is the 303 to /danke.
import type autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { questionnaireForAudience } from '../db/questionnaires/index';
import { fieldName } from '../src/lib/domain/questionnaire/form';
import { SUBMISSION_FIELD } from '../src/lib/domain/survey/form';
import type { Question } from '../src/lib/domain/questionnaire/types';
import { measure, type RunFigures } from './harness';

export const DEMO_SURVEY_CODE = 'GYMNAS26';

function answerFields(q: Question): [string, string][] {
	const name = fieldName(q);
	switch (q.type) {
		case 'single':
		case 'multi':
			return [[name, q.options[0].value]];
		case 'likert':
			return [[name, '4']];
		case 'digcompedu':
			return [[name, 'B1']];
		case 'boolean':
			return [[name, 'nein']];
		case 'integer':
		case 'decimal':
		case 'percent':
		case 'currency':
		case 'year':
			return [[name, String(q.min ?? 0)]];
		default:
			return [];
	}
}

function surveyBody(): string {
	const definition = questionnaireForAudience('teacher');
	if (!definition) throw new Error('Lehrkräfte-Fragebogen fehlt');
	const params = new URLSearchParams();
	for (const section of definition.sections) {
		for (const q of section.questions) for (const [k, v] of answerFields(q)) params.append(k, v);
	}
	params.set(SUBMISSION_FIELD, randomUUID());
	return params.toString();
}

export async function measureSurveySubmission(baseUrl: string): Promise<RunFigures> {
	const base = surveyBody();
	const withId = () => base.replace(/antwort_id=[^&]+/, `${SUBMISSION_FIELD}=${randomUUID()}`);
	return measure('P3 Umfrage absenden, 50 Verbindungen', async (duration) => {
		const result = await (
			await import('autocannon')
		).default({
			url: `${baseUrl}/umfrage/${DEMO_SURVEY_CODE}`,
			method: 'POST',
			connections: 50,
			duration,
			headers: {
				origin: baseUrl,
				'content-type': 'application/x-www-form-urlencoded',
				// A browser form post; without it SvelteKit answers with a JSON action result.
				accept: 'text/html'
			},
			setupClient: (client: autocannon.Client) => {
				client.setBody(withId());
				client.on('response', () => client.setBody(withId()));
			}
		});
		const redirects =
			(result.statusCodeStats as Record<string, { count: number }>)['303']?.count ?? 0;
		return {
			requestsPerSecond: result.requests.average,
			p50: result.latency.p50,
			p99: result.latency.p99,
			max: result.latency.max,
			errors: result.errors + result.timeouts,
			non2xx: result.requests.total - redirects - result.errors - result.timeouts,
			total: result.requests.total
		};
	});
}
