import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withSecurityHeaders } from './scripts/adapter-with-headers.js';

// `npm run bench` builds with MEK_BENCH_BUILD=1: its own output (build-bench/) and server hooks that
// add the benchmark's floor endpoint (bench/floor/hooks.server.ts). The product build never has it.
const benchBuild = process.env.MEK_BENCH_BUILD === '1';
const out = benchBuild ? 'build-bench' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Security headers also on static files and early errors (scripts/adapter-with-headers.js).
		adapter: withSecurityHeaders(adapter({ out }), out),
		...(benchBuild && { files: { hooks: { server: 'bench/floor/hooks.server' } } }),
		// SvelteKit checks Origin only for form content types; hooks.server.ts refuses every foreign non-GET.
		csrf: { trustedOrigins: [] },
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
