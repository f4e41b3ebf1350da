// Issue 10, point 4: the server features form no import circle between measures and pilots.
// Measures are upstream (a pilot tests measures); the measure page combines both on its route.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = join(__dirname, '..', '..', 'src', 'lib', 'server');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
	});
}

/** The feature (first folder under src/lib/server) a file or import target belongs to. */
function featureOf(path: string): string | null {
	const rel = relative(SERVER, path);
	if (rel.startsWith('..')) return null;
	return rel.includes('/') ? rel.split('/')[0] : null;
}

/** Feature → the features its files import (relative and $lib/server imports, type imports too). */
function featureGraph(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of files(SERVER)) {
		const from = featureOf(file);
		if (!from) continue;
		const text = readFileSync(file, 'utf8');
		for (const [, spec] of text.matchAll(/from\s+'([^']+)'/g)) {
			const target = spec.startsWith('$lib/server/')
				? join(SERVER, spec.slice('$lib/server/'.length))
				: spec.startsWith('.')
					? resolve(dirname(file), spec)
					: null;
			const to = target
				? (featureOf(target) ?? relative(SERVER, target).replace(/\.ts$/, ''))
				: null;
			if (!to || to === from) continue;
			if (!graph.has(from)) graph.set(from, new Set());
			graph.get(from)!.add(to);
		}
	}
	return graph;
}

function reachable(graph: Map<string, Set<string>>, start: string): Set<string> {
	const seen = new Set<string>();
	const queue = [start];
	while (queue.length > 0) {
		for (const next of graph.get(queue.pop()!) ?? []) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}

describe('module boundaries (issue 10.4)', () => {
	it('measures reach pilots through no chain of imports; pilots use measures', () => {
		const graph = featureGraph();
		expect(graph.get('pilots')).toContain('measures');
		expect([...reachable(graph, 'measures')]).not.toContain('pilots');
	});

	it('no server feature imports a feature that imports it back', () => {
		const graph = featureGraph();
		const circles: string[] = [];
		for (const [from, targets] of graph)
			for (const to of targets)
				if (from < to && reachable(graph, to).has(from)) circles.push(`${from} ⇄ ${to}`);
		expect(circles).toEqual([]);
	});
});
